package app.waypoint.activity.ui;

import app.waypoint.MutableClock;
import app.waypoint.StatementCounter;
import app.waypoint.today.ui.HomeView;
import com.vaadin.flow.component.Component;
import app.waypoint.activity.service.StreakService;
import app.waypoint.base.domain.Language;
import app.waypoint.base.ui.KaribuTest;
import app.waypoint.interview.domain.ProblemDifficulty;
import app.waypoint.interview.service.ProblemService;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class StreakCardTest extends KaribuTest {

    @Autowired ProblemService problems;
    @Autowired StreakService streaks;
    @Autowired MutableClock clock;
    @Autowired StatementCounter statements;

    /** Read the account, check the streak, save the freeze, read the streak again. */
    private static final int FREEZE_BUDGET = 6;

    @Test
    void aMissedDayIsSavedWithAFreezeFromTheHomePage() {
        signUpAndLogIn("streaky@example.com", Language.EN);
        solve("one");
        clock.advance(Duration.ofDays(1));
        solve("two");
        clock.advance(Duration.ofDays(2));
        try {
            openBrowser(Locale.ENGLISH);
            UI.getCurrent().navigate("");
            StreakCard card = _get(StreakCard.class);
            assertThat(card.getElement().getTextRecursively()).contains("Your 2-day streak missed yesterday", "2 freezes left this month");

            Component cardsBefore = _get(HomeView.class).getChildren().toList().get(2);
            statements.reset();
            _click(card.freeze);

            assertThat(statements.count()).as("a freeze reads and writes the streak only: %s", statements.statements())
                    .isLessThanOrEqualTo(FREEZE_BUDGET);
            assertThat(_get(HomeView.class).getChildren().toList().get(2)).as("the rest of the page stays")
                    .isSameAs(cardsBefore);

            assertThat(streaks.mine().days()).isEqualTo(2);
            assertThat(card.getElement().getTextRecursively()).contains("2-day streak", "1 freeze left this month");
            assertThat(card.freeze.isAttached()).isFalse();
        } finally {
            clock.advance(Duration.ofDays(-3));
        }
    }

    private void solve(String name) {
        long id = problems.add(name, "https://example.com/" + name, null, ProblemDifficulty.EASY, null);
        problems.attempt(id, true, 5, problems.problem(id).version());
    }
}
