package app.waypoint.base.ui;

import app.waypoint.base.service.ConcurrentEditException;
import app.waypoint.base.service.FieldProblem;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.service.NotAllowedException;
import app.waypoint.base.service.NotFoundException;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.server.ErrorEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** A refusal no screen caught still gets its own words, in the person's language; only the unknown is "went wrong". */
class UnexpectedErrorHandlerTest extends KaribuTest {

    @Autowired UnexpectedErrorHandler handler;

    @Test
    void somethingNotThereAnyMoreSaysSo() {
        openBrowser(Locale.ENGLISH);
        handler.error(new ErrorEvent(new IllegalStateException("wrapped", new NotFoundException("task 7"))));

        NotificationsKt.expectNotifications("This is no longer there: it was deleted meanwhile, or it is not yours. "
                + "Reload the page to see what is there now.");
    }

    @Test
    void somethingNotAllowedSaysWhy() {
        openBrowser(Locale.ENGLISH);
        handler.error(new ErrorEvent(new NotAllowedException("team.delete.admins-only")));

        NotificationsKt.expectNotifications("Only the group's owner or an admin can delete a team project.");
    }

    @Test
    void invalidInputSaysWhatIsWrong() {
        openBrowser(Locale.ENGLISH);
        handler.error(new ErrorEvent(new InvalidInputException(List.of(
                new FieldProblem("status", "project.status.illegal"), new FieldProblem("title", "project.title.required")))));

        NotificationsKt.expectNotifications(
                "A project moves one step at a time (idea → planned → in progress → done). Enter a title.");
    }

    @Test
    void aConflictSaysSo() {
        openBrowser(Locale.ENGLISH);
        handler.error(new ErrorEvent(new ConcurrentEditException()));

        NotificationsKt.expectNotifications("Someone changed this in the meantime. Reload to see the latest version.");
    }

    @Test
    void inKoreanToo() {
        openBrowser(Locale.KOREAN);
        handler.error(new ErrorEvent(new NotFoundException("task 7")));

        NotificationsKt.expectNotifications("이 항목은 더 이상 없습니다. 그사이 삭제되었거나 내 항목이 아닙니다. "
                + "페이지를 새로 고쳐 지금 상태를 확인하세요.");
    }

    @Test
    void onlyTheUnknownIsSomethingWentWrong() {
        openBrowser(Locale.ENGLISH);
        handler.error(new ErrorEvent(new IllegalStateException("a bug")));

        assertThat(NotificationsKt.getNotifications()).singleElement()
                .satisfies(notification -> assertThat(com.github.mvysny.kaributools.NotificationsKt.getText(notification))
                        .startsWith("Something went wrong on our side (error "));
    }
}
