package app.waypoint.export.ui;

import app.waypoint.MutableClock;
import app.waypoint.account.service.AccountFixtures;
import app.waypoint.RichAccount;
import app.waypoint.base.domain.Language;
import app.waypoint.base.ui.KaribuTest;
import app.waypoint.base.ui.TranslationProvider;
import app.waypoint.export.service.DataExportService;
import app.waypoint.export.service.ExportFiles;
import app.waypoint.export.service.ExportProgress;
import app.waypoint.interview.domain.QuestionCategory;
import app.waypoint.interview.service.QuestionBankService;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The "your data" page: an export with its progress and download, and an import with its preview and refusals. */
class YourDataViewTest extends KaribuTest {

    @Autowired MutableClock clock;
    @Autowired RichAccount richAccount;
    @Autowired DataExportService exports;
    @Autowired QuestionBankService questions;

    private YourDataView open(Locale browser) {
        openBrowser(browser);
        UI.getCurrent().navigate("settings/data");
        return _get(YourDataView.class);
    }

    /** Opens the page and its import dialog, as whoever is signed in. */
    private DataImportDialog openImportDialog(Locale browser) {
        YourDataView view = open(browser);
        _click(view.startImport);
        return view.importDialog;
    }

    /** Runs what the export's background work handed to the page until the export is over. */
    private static void waitForExport(ExportSection export) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (export.progress.isVisible()) {
            assertThat(System.nanoTime()).as("the export ends within a minute").isLessThan(deadline);
            MockVaadin.runUIQueue();
            Thread.sleep(20);
        }
    }

    private static List<String> items(DataImportDialog dialog) {
        return _find(dialog.preview, ListItem.class).stream().map(ListItem::getText).toList();
    }

    private byte[] anExportOfARichAccount() {
        accounts.signUpAndLogIn("rich.export@example.com");
        richAccount.fill();
        byte[] file = exports.export(ExportProgress.NONE).content();
        AccountFixtures.logOut();
        return file;
    }

    @Test
    void settingsLeadToThePageAndTheExportShowsProgressThenADownload() throws InterruptedException {
        clock.set(Instant.parse("2026-03-02T09:00:00Z"));
        signUpAndLogIn("haneul@example.com", Language.KO);
        questions.addCard(QuestionCategory.ML, "벡터 DB를 언제 쓰나요?", "지연과 재현율을 비교해 정합니다.", null, null);
        openBrowser(Locale.KOREAN);
        UI.getCurrent().navigate("settings");
        Anchor link = _get(Anchor.class, spec -> spec.withClasses("settings-data-link"));
        assertThat(link.getText()).isEqualTo("내 데이터: 전부 내보내거나 내보낸 파일 가져오기");
        UI.getCurrent().navigate(link.getHref());
        ExportSection export = _get(YourDataView.class).export;
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("내 데이터 · Waypoint");

        _click(export.start);

        assertThat(export.progress.isVisible()).isTrue();
        assertThat(export.start.isEnabled()).as("one export at a time").isFalse();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(ExportSection.POLL_MILLIS);
        waitForExport(export);
        assertThat(UI.getCurrent().getPollInterval()).as("no polling once done").isEqualTo(-1);
        assertThat(export.status.getText()).matches("준비되었습니다: 항목 \\d+개\\.");
        Anchor download = _get(export.result, Anchor.class);
        assertThat(download.getText()).isEqualTo("waypoint-export-2026-03-02.zip 다운로드");
        assertThat(download.getElement().hasAttribute("download")).isTrue();
        assertThat(export.start.isEnabled()).isTrue();
    }

    @Test
    void anEmptyAccountPreviewsAFileInItsLanguageThenImportsItAndOffersToReload() {
        byte[] file = anExportOfARichAccount();
        signUpAndLogIn("new.home@example.com", Language.KO);
        DataImportDialog dialog = openImportDialog(Locale.KOREAN);
        dialog.check(file);

        assertThat(dialog.getHeaderTitle()).isEqualTo("내보낸 파일 가져오기");
        assertThat(dialog.preview.getElement().getTextRecursively()).contains("에 내보낸 파일입니다. 가져오면 다음이 들어옵니다:",
                "프로필, 언어, 복습 설정과 지원 단계는 파일의 것으로 바뀝니다.");
        assertThat(items(dialog)).contains("질문 카드: 3", "지원: 1", "프로필: 1");
        assertThat(questions.myCards()).as("a preview imports nothing").isEmpty();
        assertThat(dialog.importAll.isVisible()).isTrue();
        assertThat(dialog.importAll.getText()).matches("항목 \\d+개 가져오기");

        _click(dialog.importAll);

        assertThat(dialog.preview.getElement().getTextRecursively())
                .matches("완료: 항목 \\d+개를 가져왔습니다\\. Waypoint 열기를 누르면 보입니다\\.");
        assertThat(dialog.reload.isVisible()).isTrue();
        assertThat(dialog.cancel.isVisible()).as("nothing left to cancel").isFalse();
        assertThat(dialog.importAll.isVisible()).isFalse();
        assertThat(questions.myCards()).hasSize(3);
    }

    @Test
    void anAccountWithDataIsRefusedNamingWhatItHolds() {
        byte[] file = anExportOfARichAccount();
        signUpAndLogIn("busy@example.com", Language.KO);
        questions.addCard(QuestionCategory.ML, "RAG란?", "검색 증강 생성", null, null);
        DataImportDialog dialog = openImportDialog(Locale.KOREAN);

        dialog.check(file);

        assertThat(dialog.preview.getElement().getTextRecursively()).startsWith(
                "아무것도 가져오지 않았습니다. 이 계정에는 이미 데이터가 있고, 파일의 항목에는 합칠 기준이 되는 키가 없습니다.");
        assertThat(items(dialog)).containsExactly("질문 카드: 1");
        assertThat(dialog.importAll.isVisible()).isFalse();
        assertThat(questions.myCards()).hasSize(1);
    }

    @Test
    void anotherFileOrAWrongFieldIsRefusedWithItsReasonAndTheListInThePersonsWords() {
        byte[] file = anExportOfARichAccount();
        signUpAndLogIn("careful@example.com", Language.EN);
        DataImportDialog dialog = openImportDialog(Locale.ENGLISH);

        dialog.check("a photo, not an export".getBytes(StandardCharsets.UTF_8));
        assertThat(dialog.preview.getElement().getTextRecursively()).isEqualTo("Nothing was imported. This is not a "
                + "Waypoint export: it holds no waypoint-export.json with its format and version.");

        ObjectNode json = ExportFiles.json(file);
        ((ObjectNode) json.path("lists").path("question_card").get(1)).put("question", "x".repeat(100_000));
        dialog.check(ExportFiles.zipOf(json));
        assertThat(dialog.preview.getElement().getTextRecursively()).matches(
                "Nothing was imported\\. \"Question cards\", entry 2: \"question\" is longer than [\\d,]+ characters\\.");

        json = ExportFiles.json(file);
        json.put("version", 7);
        dialog.check(ExportFiles.zipOf(json));
        assertThat(dialog.preview.getElement().getTextRecursively()).isEqualTo("Nothing was imported. The file is "
                + "from a later Waypoint (export version 7); this one reads up to version 1. Update this Waypoint first.");
        assertThat(dialog.importAll.isVisible()).isFalse();
        assertThat(questions.myCards()).isEmpty();
    }

    @Test
    void everyListHasANameInBothLanguages() {
        accounts.signUpAndLogIn("lists@example.com");
        Map<String, Integer> lists = exports.export(ExportProgress.NONE).counts();
        TranslationProvider translations = new TranslationProvider();
        assertThat(lists).hasSizeGreaterThan(30);
        for (String list : lists.keySet()) {
            for (Language language : Language.values()) {
                assertThat(translations.getTranslation("export.list." + list, language.locale()))
                        .as(list + " in " + language).doesNotStartWith("export.list.");
            }
        }
    }
}
