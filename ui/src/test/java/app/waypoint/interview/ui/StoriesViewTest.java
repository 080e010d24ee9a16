package app.waypoint.interview.ui;

import app.waypoint.account.ui.LoginView;
import app.waypoint.base.domain.Language;
import app.waypoint.base.ui.KaribuTest;
import app.waypoint.interview.domain.Competency;
import app.waypoint.interview.service.StoryDraft;
import app.waypoint.interview.service.StoryService;
import app.waypoint.interview.service.StoryView;
import app.waypoint.portfolio.service.ProjectService;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Locale;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class StoriesViewTest extends KaribuTest {

    @Autowired StoryService stories;
    @Autowired ProjectService projects;

    @Test
    void anonymousVisitorsAreSentToLogin() {
        openBrowser();
        UI.getCurrent().navigate("interview/stories");
        NavigatorKt.expectView(LoginView.class);
    }

    @Test
    void aStoryIsWrittenWithItsProjectAndShowsAsChecklistEvidence() {
        signUpAndLogIn("star@example.com", Language.EN);
        long project = projects.createBlank("RAG search API");
        openBrowser(Locale.ENGLISH);
        UI.getCurrent().navigate("interview/stories");
        StoriesView view = _get(StoriesView.class);
        assertThat(view.list.getElement().getTextRecursively()).contains("No stories yet");

        _click(view.newStory);
        StoryDialog dialog = _get(StoryDialog.class);
        _setValue(dialog.title, "p95 latency 850 → 120 ms");
        _setValue(dialog.action, "Cached embeddings, batched the calls");
        _setValue(dialog.project, project);
        _setValue(dialog.competencies, Set.of(Competency.PERFORMANCE));
        _click(dialog.save);

        assertThat(stories.stories()).singleElement().satisfies(story -> {
            assertThat(story.projectId()).isEqualTo(project);
            assertThat(story.competencies()).containsExactly(Competency.PERFORMANCE);
        });
        assertThat(view.list.getElement().getTextRecursively())
                .contains("p95 latency 850 → 120 ms", "Performance", "Project: RAG search API");

        UI.getCurrent().navigate("interview");
        assertThat(_get(InterviewView.class).lists.getElement().getTextRecursively())
                .contains("Evidence: p95 latency 850 → 120 ms");
    }

    @Test
    void aBlankTitleIsShownAtTheFieldAndTheDialogKeepsWhatWasTyped() {
        signUpAndLogIn("blank-star@example.com", Language.EN);
        openBrowser(Locale.ENGLISH);
        UI.getCurrent().navigate("interview/stories");
        _click(_get(StoriesView.class).newStory);
        StoryDialog dialog = _get(StoryDialog.class);
        _setValue(dialog.situation, "Search was slow");
        _click(dialog.save);

        assertThat(dialog.title.isInvalid()).isTrue();
        assertThat(dialog.title.getErrorMessage()).isEqualTo("Give the story a title.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.situation.getValue()).isEqualTo("Search was slow");
        assertThat(stories.stories()).isEmpty();
    }

    @Test
    void aStaleEditIsRefusedKeepsTheTextAndTheNextSaveReplaces() {
        signUpAndLogIn("stale-star@example.com", Language.EN);
        long id = stories.add(new StoryDraft("Original", null, null, null, null, null, Set.of()));
        openBrowser(Locale.ENGLISH);
        UI.getCurrent().navigate("interview/stories");
        _click(_get(Button.class, spec -> spec.withText("Edit")));
        StoryDialog dialog = _get(StoryDialog.class);
        StoryView current = stories.stories().get(0);
        stories.update(id, new StoryDraft("From the other tab", null, null, null, null, null, Set.of()),
                current.version());

        _setValue(dialog.title, "From this tab");
        _click(dialog.save);
        NotificationsKt.expectNotifications(
                "This story was changed in another tab. Your text is still here: save again to replace that version.");
        assertThat(dialog.title.getValue()).isEqualTo("From this tab");
        assertThat(stories.stories().get(0).title()).isEqualTo("From the other tab");

        _click(dialog.save);
        assertThat(stories.stories().get(0).title()).isEqualTo("From this tab");
    }

    @Test
    void deletingAStoryAsksFirst() {
        signUpAndLogIn("delete-star@example.com", Language.EN);
        stories.add(new StoryDraft("Going away", null, null, null, null, null, Set.of()));
        openBrowser(Locale.ENGLISH);
        UI.getCurrent().navigate("interview/stories");
        _click(_get(Button.class, spec -> spec.withText("Delete")));
        assertThat(stories.stories()).hasSize(1);

        ConfirmDialog confirm = _get(ConfirmDialog.class);
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));
        assertThat(stories.stories()).isEmpty();
    }
}
