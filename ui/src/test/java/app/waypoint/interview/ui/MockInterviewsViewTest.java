package app.waypoint.interview.ui;

import app.waypoint.account.ui.LoginView;
import app.waypoint.base.domain.Language;
import app.waypoint.base.ui.KaribuTest;
import app.waypoint.interview.domain.MockInterviewKind;
import app.waypoint.interview.domain.QuestionCategory;
import app.waypoint.interview.service.MockInterviewService;
import app.waypoint.interview.service.QuestionBankService;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class MockInterviewsViewTest extends KaribuTest {

    @Autowired MockInterviewService mocks;
    @Autowired QuestionBankService bank;

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
}
