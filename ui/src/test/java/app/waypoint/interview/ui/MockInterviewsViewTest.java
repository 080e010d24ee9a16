package app.waypoint.interview.ui;

import app.waypoint.account.ui.LoginView;
import app.waypoint.base.domain.Language;
import app.waypoint.base.ui.KaribuTest;
import app.waypoint.interview.domain.MockInterviewKind;
import app.waypoint.interview.domain.QuestionCategory;
import app.waypoint.account.service.AccountFixtures;
import app.waypoint.group.service.GroupService;
import app.waypoint.group.service.PairingService;
import app.waypoint.interview.service.MockInterviewDraft;
import app.waypoint.interview.service.MockInterviewService;
import app.waypoint.interview.service.QuestionBankService;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class MockInterviewsViewTest extends KaribuTest {

    @Autowired MockInterviewService mocks;
    @Autowired QuestionBankService bank;
    @Autowired GroupService groups;
    @Autowired PairingService pairing;

    @Test
    void anonymousVisitorsAreSentToLogin() {
        openBrowser();
        UI.getCurrent().navigate("interview/mocks");
        NavigatorKt.expectView(LoginView.class);
    }

    @Test
    void aLoggedFollowUpBecomesACardWithOneTap() {
        signUpAndLogIn("mocklog@example.com", Language.KO);
        openBrowser(Locale.KOREAN);
        UI.getCurrent().navigate("interview/mocks");
        MockInterviewsView view = _get(MockInterviewsView.class);
        assertThat(view.list.getElement().getTextRecursively()).contains("아직 모의 면접 기록이 없습니다");

        _click(view.logMock);
        MockInterviewDialog dialog = _get(MockInterviewDialog.class);
        assertThat(dialog.heldOn.getValue()).as("today is filled in").isNotNull();
        _setValue(dialog.kind, MockInterviewKind.SYSTEM_DESIGN);
        _setValue(dialog.partner, "민수");
        _setValue(dialog.rating, 4);
        _setValue(dialog.followUps, "벡터 DB 샤딩 설명하기\n\n캐시 무효화 전략");
        _click(dialog.save);

        assertThat(view.list.getElement().getTextRecursively())
                .contains("시스템 설계", "상대 민수", "★★★★☆", "벡터 DB 샤딩 설명하기", "캐시 무효화 전략");
        List<Button> makeCard = _find(view.list, Button.class, spec -> spec.withText("카드로 만들기"));
        assertThat(makeCard).hasSize(2);

        _click(makeCard.get(0));

        assertThat(bank.myCards()).singleElement().satisfies(card -> {
            assertThat(card.question()).isEqualTo("벡터 DB 샤딩 설명하기");
            assertThat(card.category()).isEqualTo(QuestionCategory.SYSTEM_DESIGN);
        });
        assertThat(view.list.getElement().getTextRecursively()).contains("카드에 추가됨");
        assertThat(_find(view.list, Button.class, spec -> spec.withText("카드로 만들기"))).hasSize(1);
    }

    @Test
    void aMissingRatingIsShownAtTheFieldAndNothingIsLogged() {
        signUpAndLogIn("mockbad@example.com", Language.EN);
        openBrowser(Locale.ENGLISH);
        UI.getCurrent().navigate("interview/mocks");
        _click(_get(MockInterviewsView.class).logMock);
        MockInterviewDialog dialog = _get(MockInterviewDialog.class);
        _setValue(dialog.kind, MockInterviewKind.CODING);
        _setValue(dialog.questions, "Two Sum, then LRU cache");
        _click(dialog.save);

        assertThat(dialog.rating.isInvalid()).isTrue();
        assertThat(dialog.rating.getErrorMessage()).isEqualTo("Choose a rating from 1 to 5.");
        assertThat(dialog.questions.getValue()).isEqualTo("Two Sum, then LRU cache");
        assertThat(mocks.mockInterviews()).isEmpty();
    }

    @Test
    void aPartnerAddsFeedbackInPlaceAndAnotherTabsSaveIsSaidWhileWhatWasTypedStays() {
        long interview = interviewLoggedByAPartner();
        openBrowser(Locale.ENGLISH);
        UI.getCurrent().navigate("interview/mocks");
        MockInterviewsView view = _get(MockInterviewsView.class);
        assertThat(view.list.getElement().getTextRecursively()).contains("with pairer", "pairer logged this interview",
                "No feedback yet");
        assertThat(_find(view.list, Button.class, spec -> spec.withText("Delete"))).as("a partner does not delete")
                .isEmpty();

        MockFeedbackSection section = _get(MockFeedbackSection.class);
        _click(section.write);
        _click(section.save);
        assertThat(section.text.isInvalid()).as("empty feedback is refused at its field").isTrue();
        assertThat(section.text.getErrorMessage()).isEqualTo("Write your feedback first.");
        _setValue(section.text, "Clear trade-offs; start with the answer.");
        _click(section.save);
        NotificationsKt.expectNotifications("Feedback saved.");
        assertThat(view.list.getElement().getTextRecursively())
                .contains("Your feedback", "Clear trade-offs; start with the answer.", "Edit your feedback");

        MockFeedbackSection shown = _get(MockFeedbackSection.class);
        long version = mocks.mockInterviews().getFirst().myFeedback().orElseThrow().version();
        mocks.giveFeedback(interview, "Saved in another tab", version);
        _click(shown.write);
        _setValue(shown.text, "Typed here meanwhile");
        _click(shown.save);

        NotificationsKt.expectNotifications("You saved feedback in another tab first. It is shown now; what you typed "
                + "is still here, and saving again replaces it.");
        MockFeedbackSection newer = _get(MockFeedbackSection.class);
        assertThat(newer.getElement().getTextRecursively()).contains("Saved in another tab");
        assertThat(newer.text.getValue()).isEqualTo("Typed here meanwhile");
        _click(newer.save);
        assertThat(mocks.mockInterviews().getFirst().myFeedback().orElseThrow().text())
                .isEqualTo("Typed here meanwhile");
    }

    @Test
    void aPairingThatIsNotTheirsOpensNoFormAndSaysSo() {
        signUpAndLogIn("stranger@example.com", Language.EN);
        openBrowser(Locale.ENGLISH);
        for (String pairing : List.of("999999", "not-a-number")) {
            UI.getCurrent().navigate("interview/mocks", QueryParameters.of("pairing", pairing));
            NotificationsKt.expectNotifications("That pairing is not yours any more (it was drawn again, or you left "
                    + "the group), so nothing was filled in.");
            _assertNone(MockInterviewDialog.class);
        }
    }

    /** A two-person group whose owner ("pairer") logged the week's interview from the pairing; the partner is in. */
    private long interviewLoggedByAPartner() {
        signUpAndLogIn("pairer@example.com", Language.EN);
        long group = groups.create("Pairs", null);
        String code = groups.details(group).invite().code();
        signUpAndLogIn("partner@example.com", Language.EN);
        groups.join(code);
        accounts.logIn("pairer@example.com", AccountFixtures.PASSWORD);
        pairing.draw(group);
        long interview = mocks.log(new MockInterviewDraft(LocalDate.of(2026, 3, 2), MockInterviewKind.SYSTEM_DESIGN,
                null, "Design a RAG service", 3, List.of(), pairing.thisWeek(group).myPair().orElseThrow().id()));
        accounts.logIn("partner@example.com", AccountFixtures.PASSWORD);
        return interview;
    }
}
