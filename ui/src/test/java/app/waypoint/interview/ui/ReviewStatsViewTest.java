package app.waypoint.interview.ui;

import app.waypoint.MutableClock;
import app.waypoint.account.ui.LoginView;
import app.waypoint.base.domain.Language;
import app.waypoint.base.ui.KaribuTest;
import app.waypoint.interview.domain.QuestionCategory;
import app.waypoint.interview.domain.ReviewGrade;
import app.waypoint.interview.service.QuestionBankService;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class ReviewStatsViewTest extends KaribuTest {

    @Autowired QuestionBankService bank;
    @Autowired MutableClock clock;

    private Instant before;

    @BeforeEach
    void fixedTime() {
        before = clock.instant();
        clock.set(Instant.parse("2026-03-02T00:30:00Z"));
    }

    @AfterEach
    void timeAsItWas() {
        clock.set(before);
    }

    @Test
    void anonymousVisitorsAreSentToLogin() {
        openBrowser();
        UI.getCurrent().navigate("interview/review/stats");
        NavigatorKt.expectView(LoginView.class);
    }

    @Test
    void noReviewsYetSaysSoAndLinksToTheReview() {
        signUpAndLogIn("nostats@example.com", Language.EN);
        openBrowser(Locale.ENGLISH);
        UI.getCurrent().navigate("interview/review/stats");
        ReviewStatsView view = _get(ReviewStatsView.class);

        assertThat(view.getElement().getTextRecursively()).contains("Review statistics", "No reviews yet.");
        assertThat(_find(view, Svg.class)).isEmpty();
        assertThat(_find(view, RouterLink.class)).extracting(RouterLink::getHref).contains("interview/review");
    }

    @Test
    void retentionByCategoryTheForecastAndTheCalendarAreNamedSvgCharts() {
        signUpAndLogIn("stats@example.com", Language.EN);
        long recalled = learnt("What is overfitting?");
        long forgotten = learnt("What is dropout?");
        clock.advance(Duration.ofDays(60));
        bank.review(recalled, ReviewGrade.GOOD, bank.card(recalled).version());
        bank.review(forgotten, ReviewGrade.AGAIN, bank.card(forgotten).version());
        openBrowser(Locale.ENGLISH);
        UI.getCurrent().navigate("interview/review/stats");
        ReviewStatsView view = _get(ReviewStatsView.class);

        assertThat(view.retentionBox.getElement().getTextRecursively())
                .contains("Overall: 50 % of 2 reviews recalled. Your desired retention is 90 %.");
        List<Svg> charts = _find(view, Svg.class);
        assertThat(charts).hasSize(3);
        List<String> svgs = charts.stream().map(chart -> chart.getElement().getProperty("innerHTML", "")).toList();
        assertThat(svgs).allSatisfy(svg -> assertThat(svg).startsWith("<svg").contains("role=\"img\"", "aria-label="));
        assertThat(svgs.get(0)).contains("ML: 50 %", "50 % · 2 reviews", "No reviews in 30 days", "Goal 90 %",
                "against your desired retention of 90 %");
        assertThat(svgs.get(1)).contains("At 90 %");
        assertThat(svgs.get(2)).contains("Last 26 weeks: 4 reviews on 2 days", "Mar 2, 2026: 2 reviews</title>",
                "May 1, 2026: 2 reviews</title>", "Apr 30, 2026: 0 reviews</title>").doesNotContain("May 2, 2026");
        assertThat(view.calendarBox.getElement().getTextRecursively()).contains("Less", "More");
    }

    @Test
    void theReviewPageAndItsSettingsLinkToTheStatistics() {
        signUpAndLogIn("links@example.com", Language.KO);
        openBrowser(Locale.KOREAN);
        UI.getCurrent().navigate("interview/review");
        assertThat(_find(_get(ReviewView.class), RouterLink.class)).extracting(RouterLink::getHref)
                .contains("interview/review/stats");
        UI.getCurrent().navigate("interview/review/settings");
        assertThat(_find(_get(ReviewSettingsView.class), RouterLink.class)).extracting(RouterLink::getHref)
                .contains("interview/review/stats");
        UI.getCurrent().navigate("interview/review/stats");
        assertThat(_get(ReviewStatsView.class).getElement().getTextRecursively()).contains("복습 통계", "아직 복습 기록이 없습니다");
    }

    private long learnt(String question) {
        long id = bank.addCard(QuestionCategory.ML, question, null, null, null);
        bank.review(id, ReviewGrade.EASY, bank.card(id).version());
        return id;
    }
}
