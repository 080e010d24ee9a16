package app.waypoint.roadmap.ui;

import app.waypoint.base.domain.Language;
import app.waypoint.base.ui.KaribuTest;
import app.waypoint.roadmap.service.RoadmapService;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Importing a roadmap file through the upload, as a Korean-speaking person. */
class ImportDialogTest extends KaribuTest {

    private static final String UNKNOWN_FIELD_ON_LINE_4 = """
            title: {ko: 내 계획, en: My plan}
            stages:
              - key: first
                colour: blue
                title: {ko: 단계, en: Stage}
            """;

    @Autowired RoadmapService roadmapService;

    private ImportDialog dialog;

    @BeforeEach
    void openTheImport() {
        signUpAndLogIn("gaon@example.com", Language.KO);
        openBrowser(Locale.ENGLISH);
        UI.getCurrent().navigate("roadmaps");
        _click(_get(RoadmapsView.class).importRoadmap);
        dialog = _get(ImportDialog.class);
    }

    @Test
    void aRefusedFileIsMarkedFailedAndExplainedInKoreanAtItsLine() {
        UploadEvent upload = send("plan.yaml", UNKNOWN_FIELD_ON_LINE_4);

        assertThat(upload.isRejected()).as("no green tick for a file that imported nothing").isTrue();
        assertThat(upload.getRejectionMessage()).isEqualTo("plan.yaml 파일을 가져오지 않았습니다.");
        assertThat(_find(dialog.problems, ListItem.class)).extracting(ListItem::getText).containsExactly(
                "4행 5열 · stages[0].colour: 이 위치에는 “colour” 항목을 쓸 수 없습니다. 철자와 들여쓰기를 확인하세요.");
        assertThat(roadmapService.visibleRoadmaps()).hasSize(1);
    }

    @Test
    void aGoodFileIsAcceptedAndOpens() {
        UploadEvent upload = send("plan.yaml", UNKNOWN_FIELD_ON_LINE_4.replace("    colour: blue\n", ""));

        assertThat(upload.isRejected()).isFalse();
        NavigatorKt.expectView(RoadmapView.class);
        assertThat(roadmapService.visibleRoadmaps()).hasSize(2);
    }

    @Test
    void theUploadsOwnTextsAreKoreanAndTheLimitIsSaidInMegabytes() {
        var i18n = dialog.upload.getI18n();
        assertThat(i18n.getAddFiles().getOne()).isEqualTo("파일 선택…");
        assertThat(i18n.getFile().getRemove()).isEqualTo("삭제");
        assertThat(i18n.getFile().getRetry()).isEqualTo("다시 시도");
        assertThat(i18n.getUploading().getStatus().getConnecting()).isEqualTo("연결 중…");
        assertThat(i18n.getUploading().getError().getUnexpectedServerError()).contains("서버");
        assertThat(i18n.getError().getFileIsTooBig()).isEqualTo("파일이 1 MB보다 커서 로드맵으로 가져올 수 없습니다.")
                .doesNotContain("1024");
        assertThat(dialog.upload.getMaxFileSize()).isEqualTo(1024 * 1024);
    }

    /** Sends a file to the dialog's upload handler the way the upload request does, and returns the event. */
    private UploadEvent send(String fileName, String text) {
        byte[] content = text.getBytes(StandardCharsets.UTF_8);
        VaadinServletRequest request = (VaadinServletRequest) VaadinRequest.getCurrent();
        ((FakeRequest) request.getRequest()).setContent(content);
        UploadEvent event = new UploadEvent(request, VaadinResponse.getCurrent(), VaadinSession.getCurrent(), fileName,
                content.length, "application/yaml", dialog.upload.getElement(), null);
        try {
            UploadKt.get_handler(dialog.upload).handleUploadRequest(event);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        MockVaadin.runUIQueue(); // runs what the upload handed to the UI
        return event;
    }
}
