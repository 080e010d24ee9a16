package app.waypoint.roadmap.ui;

import app.waypoint.account.ui.LoginView;
import app.waypoint.account.ui.RouteNotFoundView;
import app.waypoint.base.domain.Language;
import app.waypoint.base.ui.KaribuTest;
import app.waypoint.group.service.GroupService;
import app.waypoint.roadmap.domain.NodeProgress;
import app.waypoint.roadmap.domain.ProgressStatus;
import app.waypoint.roadmap.service.RoadmapService;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class RoadmapViewTest extends KaribuTest {

    private static final String BUILT_IN = "ai-backend-2025h2";

    @Autowired RoadmapService roadmapService;
    @Autowired GroupService groups;

    @Test
    void anonymousVisitorsAreSentToLogin() {
        openBrowser();

        UI.getCurrent().navigate("roadmaps");
        NavigatorKt.expectView(LoginView.class);
        UI.getCurrent().navigate("roadmaps/" + BUILT_IN);
        NavigatorKt.expectView(LoginView.class);
    }

    @Test
    void theListOffersTheBuiltInRoadmapAndStartingItOpensIt() {
        signUpAndLogIn("list@example.com", Language.EN);
        openBrowser(Locale.ENGLISH);
        UI.getCurrent().navigate("roadmaps");

        RoadmapsView list = _get(RoadmapsView.class);
        assertThat(list.getElement().getTextRecursively()).contains("AI Backend", "4 stages", "0% done");
        _click(_get(Button.class, spec -> spec.withText("Start this roadmap")));

        NavigatorKt.expectView(RoadmapView.class);
        assertThat(roadmapService.outline(BUILT_IN).plan()).as("starting makes a plan").isNotNull();
    }

    @Test
    void oneTapMarksATopicAndTheFiguresFollow() {
        signUpAndLogIn("tap@example.com", Language.EN);
        RoadmapView view = open();
        TopicCard first = view.cards.values().iterator().next();

        _click(first.status.button(ProgressStatus.DONE));
        confirm();   // its sub-topics are still open

        assertThat(roadmapService.outline(BUILT_IN).stages().get(0).topics().get(0).state().status())
                .isEqualTo(ProgressStatus.DONE);
        assertThat(view.overallText.getText()).startsWith("6% done · 1 of 16 topics");

        _click(first.status.button(ProgressStatus.SKIPPED));
        assertThat(view.overallText.getText()).as("skipped topics leave the count").startsWith("0% done · 0 of 15");
    }

    @Test
    void theFilterShowsOnlyOpenOrDoneTopics() {
        signUpAndLogIn("filter@example.com", Language.EN);
        RoadmapView view = open();
        TopicCard first = view.cards.values().iterator().next();
        _click(first.status.button(ProgressStatus.DONE));
        confirm();

        _setValue(view.filter, TopicFilter.DONE);
        assertThat(view.cards.values().stream().filter(card -> card.isVisible()).count()).isEqualTo(1);

        _setValue(view.filter, TopicFilter.OPEN);
        assertThat(view.cards.values().stream().filter(card -> card.isVisible()).count()).isEqualTo(15);
        assertThat(first.isVisible()).isFalse();

        RoadmapView reopened = open();
        assertThat(reopened.filter.getValue()).as("the last choice is remembered").isEqualTo(TopicFilter.OPEN);
        assertThat(reopened.cards.values().stream().filter(card -> card.isVisible()).count()).isEqualTo(15);

        reopened.continueButton.click();
        assertThat(open().filter.getValue()).as("only the person's own choice is remembered, not a jump")
                .isEqualTo(TopicFilter.OPEN);
    }

    @Test
    void theFilterIsRememberedPerPerson() {
        signUpAndLogIn("filter-one@example.com", Language.EN);
        _setValue(open().filter, TopicFilter.DONE);
        signUpAndLogIn("filter-two@example.com", Language.EN);
        assertThat(open().filter.getValue()).isEqualTo(TopicFilter.ALL);
    }

    @Test
    void badEvidenceLinksAreRefusedAtTheField() {
        signUpAndLogIn("links@example.com", Language.EN);
        RoadmapView view = open();
        TopicCard closed = view.cards.values().iterator().next();
        assertThat(closed.linkUrl).as("notes and evidence are put together when first opened").isNull();
        assertThat(closed.personal.getElement().getTextRecursively()).doesNotContain("Add link", "Write notes");
        TopicCard first = opened(closed);

        _setValue(first.linkUrl, "javascript:alert(1)");
        _click(first.addLink);
        assertThat(first.linkUrl.isInvalid()).isTrue();
        assertThat(first.linkUrl.getErrorMessage()).contains("http://");

        _setValue(first.linkUrl, "https://github.com/me/fastapi-demo");
        _click(first.addLink);
        assertThat(roadmapService.outline(BUILT_IN).stages().get(0).topics().get(0).state().evidence())
                .extracting(link -> link.url()).containsExactly("https://github.com/me/fastapi-demo");
    }

    @Test
    void notesAreSavedAndShownWithoutAnyScript() {
        signUpAndLogIn("notes@example.com", Language.EN);
        RoadmapView view = open();
        TopicCard first = opened(view.cards.values().iterator().next());

        _click(first.editNotes);
        NotesDialog dialog = _get(NotesDialog.class);
        _setValue(dialog.notes, "**generators** <script>alert('x')</script>");
        _click(dialog.save);

        String shown = first.getElement().getOuterHTML();
        assertThat(shown).contains("<strong>generators</strong>").doesNotContain("<script");
    }

    @Test
    void theNotesDialogSaysWhoCanReadTheNotes() {
        signUpAndLogIn("reader@example.com", Language.EN);
        RoadmapView view = open();
        _click(opened(view.cards.values().iterator().next()).editNotes);
        assertThat(_get(NotesDialog.class).getElement().getTextRecursively())
                .contains("Only you can see these notes.");
        _get(NotesDialog.class).close();

        long group = groups.create("RAG study", null);
        groups.adoptRoadmap(group, BUILT_IN);
        groups.share(group, true, true, true);
        long other = groups.create("Unrelated", null);
        groups.share(other, true, true, true);
        view = open();
        _click(opened(view.cards.values().iterator().next()).editNotes);
        assertThat(_get(NotesDialog.class).getElement().getTextRecursively())
                .contains("Members of RAG study can see these notes").doesNotContain("Only you", "Unrelated");
    }

    @Test
    void notesPastTheLimitAreCountedRefusedAndNeverCut() {
        signUpAndLogIn("long-notes@example.com", Language.EN);
        RoadmapView view = open();
        TopicCard first = opened(view.cards.values().iterator().next());
        _click(first.editNotes);
        NotesDialog dialog = _get(NotesDialog.class);
        assertThat(dialog.notes.getHelperText()).endsWith("0 / 20,000 characters");

        String tooLong = "🚀".repeat(NodeProgress.MAX_NOTES + 1);
        _setValue(dialog.notes, tooLong);
        assertThat(dialog.notes.getHelperText()).endsWith("20,001 / 20,000 characters");
        assertThat(dialog.notes.isInvalid()).isTrue();
        assertThat(dialog.notes.getErrorMessage()).startsWith("At most 20,000 characters fit here: 1 too many.");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.notes.getValue()).as("nothing is cut").isEqualTo(tooLong);
        assertThat(dialog.notes.getErrorMessage()).isEqualTo("Notes can have at most 20,000 characters.");
        assertThat(roadmapService.outline(BUILT_IN).stages().get(0).topics().get(0).state().notes()).isNull();

        String fits = "🚀".repeat(NodeProgress.MAX_NOTES);
        _setValue(dialog.notes, fits);
        assertThat(dialog.notes.isInvalid()).isFalse();
        _click(dialog.save);
        assertThat(roadmapService.outline(BUILT_IN).stages().get(0).topics().get(0).state().notes()).isEqualTo(fits);
    }

    @Test
    void anUnknownRoadmapGetsTheNotFoundPageWithAClearMessage() {
        signUpAndLogIn("someone@example.com", Language.EN);
        openBrowser();

        UI.getCurrent().navigate(RoadmapView.class,
                new RouteParameters("key", "no-such-roadmap"));
        NavigatorKt.expectView(RouteNotFoundView.class);
    }

    @Test
    void subTopicsAreCountedOnTheCardAndTickedOnceOpened() {
        signUpAndLogIn("subtopics@example.com", Language.EN);
        RoadmapView view = open();
        TopicCard first = view.cards.values().iterator().next();
        int all = first.topic.subtopics().size();
        assertThat(first.subtopics.getSummaryText()).isEqualTo("Sub-topics · 0 of " + all + " done");
        assertThat(_find(first.subtopics, Checkbox.class)).as("made when the person opens them").isEmpty();

        first.subtopics.setOpened(true);
        List<Checkbox> boxes = _find(first.subtopics, Checkbox.class);
        assertThat(boxes).hasSize(all);
        _setValue(boxes.get(0), true);
        assertThat(first.subtopics.getSummaryText()).isEqualTo("Sub-topics · 1 of " + all + " done");
        assertThat(roadmapService.outline(BUILT_IN).stages().get(0).topics().get(0).subtopics().get(0).state()
                .status()).isEqualTo(ProgressStatus.DONE);

        RoadmapView again = open();
        assertThat(again.cards.values().iterator().next().subtopics.getSummaryText())
                .isEqualTo("Sub-topics · 1 of " + all + " done");
    }

    @Test
    void tickingTheLastSubTopicOffersToFinishTheTopicAndDoneWithOpenSubTopicsAsksFirst() {
        signUpAndLogIn("finish@example.com", Language.EN);
        RoadmapView view = open();
        TopicCard first = view.cards.values().iterator().next();
        int all = first.topic.subtopics().size();

        _click(first.status.button(ProgressStatus.DONE));
        ConfirmDialog ask = _get(ConfirmDialog.class);
        assertThat(ask.getElement().getProperty("message")).isEqualTo(all + " of " + all
                + " sub-topics are not ticked yet. Mark the topic done anyway? The sub-topics stay as they are.");
        assertThat(topicStatus()).as("nothing changes before the person confirms").isEqualTo(ProgressStatus.NOT_STARTED);
        assertThat(first.status.button(ProgressStatus.DONE).getElement().getAttribute("aria-pressed")).isEqualTo("false");
        ask.close();

        first.subtopics.setOpened(true);
        List<Checkbox> boxes = _find(first.subtopics, Checkbox.class);
        for (int i = 0; i < all - 1; i++) {
            _setValue(boxes.get(i), true);
        }
        assertThat(_find(ConfirmDialog.class)).as("nothing offered before the last one").isEmpty();
        _setValue(boxes.get(all - 1), true);
        ConfirmDialog offer = _get(ConfirmDialog.class);
        assertThat(offer.getElement().getProperty("message")).startsWith("Every sub-topic of ")
                .endsWith(" is ticked. Mark the topic done as well?");
        ComponentUtil.fireEvent(offer, new ConfirmDialog.ConfirmEvent(offer, true));
        assertThat(topicStatus()).isEqualTo(ProgressStatus.DONE);
        assertThat(first.status.button(ProgressStatus.DONE).getElement().getAttribute("aria-pressed")).isEqualTo("true");
    }

    private static void confirm() {
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        ComponentUtil.fireEvent(dialog, new ConfirmDialog.ConfirmEvent(dialog, true));
    }

    private ProgressStatus topicStatus() {
        return roadmapService.outline(BUILT_IN).stages().get(0).topics().get(0).state().status();
    }

    private RoadmapView open() {
        openBrowser(Locale.ENGLISH);
        UI.getCurrent().navigate(RoadmapView.class, new RouteParameters("key", BUILT_IN));
        return _get(RoadmapView.class);
    }

    private static TopicCard opened(TopicCard card) {
        card.personal.setOpened(true);
        return card;
    }
}
