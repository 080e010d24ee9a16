package app.waypoint.group.ui;

import app.waypoint.account.service.AccountFixtures;
import app.waypoint.account.service.CurrentUser;
import app.waypoint.base.domain.Language;
import app.waypoint.base.ui.KaribuTest;
import app.waypoint.group.service.GroupService;
import app.waypoint.roadmap.domain.ProgressStatus;
import app.waypoint.roadmap.service.RoadmapService;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The board's topic view and the dialog of what a member shares, as the owner of a group uses them: one member
 * learning and sharing notes, one keeping their progress private.
 */
class GroupBoardByTopicViewTest extends KaribuTest {

    static final String ROADMAP = "ai-backend-2025h2";

    @Autowired GroupService groups;
    @Autowired RoadmapService roadmaps;
    @Autowired CurrentUser currentUser;

    private long groupId;
    private long busyId;

    @BeforeEach
    void aGroupWithALearnerAndAPrivateMember() {
        signUpAndLogIn("owner@example.com", Language.EN);
        groupId = groups.create("Topic group", null);
        groups.adoptRoadmap(groupId, ROADMAP);
        String code = groups.details(groupId).invite().code();
        busyId = join("busy@example.com", code);
        groups.share(groupId, true, true, true);
        long first = firstTopic();
        roadmaps.changeStatus(first, ProgressStatus.IN_PROGRESS);
        roadmaps.saveNotes(first, "Generators *finally* make sense", roadmaps.currentState(first).version());
        join("quiet@example.com", code);
        groups.share(groupId, false, true, true);
        roadmaps.changeStatus(first, ProgressStatus.IN_PROGRESS);
        accounts.logIn("owner@example.com", AccountFixtures.PASSWORD);
    }

    @Test
    void theBoardSwitchesToTopicsAndBackWithoutLeavingThePage() {
        GroupView view = open();
        GroupBoardPanel panel = _get(GroupBoardPanel.class);
        _assertNone(GroupTopicGrid.class);

        _setValue(panel.layout, BoardLayout.BY_TOPIC);

        assertThat(_get(GroupView.class)).as("the same page").isSameAs(view);
        GroupTopicGrid topics = _get(panel.board, GroupTopicGrid.class);
        String text = topics.grid.getElement().getTextRecursively();
        assertThat(text).contains("1. Foundations", "Python basics and advanced features", "busy")
                .doesNotContain("quiet");
        assertThat(_find(topics.grid, MemberLink.class, spec -> spec.withText("Me")).getFirst().getElement()
                .getAttribute("aria-label")).as("the reader's own narrow column").isEqualTo("owner (you)");
        assertThat(topics.getElement().getTextRecursively()).contains("Keep their progress private:", "quiet");
        assertThat(_find(topics.grid, Span.class,
                spec -> spec.withClasses("topic-learning-count topic-learning")))
                .as("only the first topic has someone learning it; the private member is not counted")
                .singleElement().satisfies(count -> assertThat(count.getText()).isEqualTo("1"));

        _setValue(panel.layout, BoardLayout.BY_STAGE);
        _assertNone(GroupTopicGrid.class);
        assertThat(panel.board.getElement().getTextRecursively()).contains("busy", "%", "Keeps progress private");
    }

    @Test
    void aTapOnAMembersNameShowsTheirTopicsAndSharedNotes() {
        open();
        GroupBoardPanel panel = _get(GroupBoardPanel.class);
        _setValue(panel.layout, BoardLayout.BY_TOPIC);

        _click(_find(panel.board, MemberLink.class, spec -> spec.withText("busy")).getFirst());

        MemberShareDialog dialog = _get(MemberShareDialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("busy");
        String shared = dialog.content.getElement().getTextRecursively();
        assertThat(shared).contains("Python basics and advanced features", "Learning", "To do")
                .doesNotContain("Keeps their");
        assertThat(_get(dialog, Html.class).getInnerHtml()).as("the shared notes, sanitised")
                .contains("Generators <em>finally</em> make sense");
        _click(_get(dialog, Button.class, spec -> spec.withText("Close")));
        _assertNone(MemberShareDialog.class);
    }

    @Test
    void aPrivateMembersDialogSaysSoAndShowsOnlyTheirSharedNotes() {
        open();
        _click(_get(_get(GroupBoardPanel.class).board, MemberLink.class, spec -> spec.withText("quiet")));

        String shared = _get(MemberShareDialog.class).content.getElement().getTextRecursively();
        assertThat(shared).contains("Keeps their progress private.").doesNotContain("Learning", "To do", "Done");
    }

    @Test
    void aMemberRemovedAfterTheBoardWasShownIsExplainedAndTheBoardFollows() {
        open();
        GroupBoardPanel panel = _get(GroupBoardPanel.class);
        _setValue(panel.layout, BoardLayout.BY_TOPIC);
        MemberLink busy = _find(panel.board, MemberLink.class, spec -> spec.withText("busy")).getFirst();
        groups.removeMember(groupId, busyId);

        _click(busy);

        NotificationsKt.expectNotifications("This is no longer there: it was deleted meanwhile, or it is not yours. "
                + "Reload the page to see what is there now.");
        _assertNone(MemberShareDialog.class);
        assertThat(_get(panel.board, GroupTopicGrid.class).getElement().getTextRecursively())
                .doesNotContain("busy").contains("quiet");
    }

    private long join(String email, String code) {
        signUpAndLogIn(email, Language.EN);
        groups.join(code);
        return currentUser.id();
    }

    private long firstTopic() {
        return roadmaps.outline(ROADMAP).stages().get(0).topics().get(0).id();
    }

    private GroupView open() {
        openBrowser(Locale.ENGLISH);
        UI.getCurrent().navigate(GroupView.class, new RouteParameters("id", String.valueOf(groupId)));
        return _get(GroupView.class);
    }
}
