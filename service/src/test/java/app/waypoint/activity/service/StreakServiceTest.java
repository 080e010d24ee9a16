package app.waypoint.activity.service;

import app.waypoint.MutableClock;
import app.waypoint.TestDatabase;
import app.waypoint.account.service.AccountFixtures;
import app.waypoint.base.service.NotAllowedException;
import app.waypoint.interview.domain.ProblemDifficulty;
import app.waypoint.interview.service.ProblemService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class StreakServiceTest {

    @Autowired StreakService streaks;
    @Autowired ProblemService problems;
    @Autowired AccountFixtures accounts;
    @Autowired TestDatabase database;
    @Autowired MutableClock clock;

    @BeforeEach
    void signedIn() {
        database.reset();
        clock.set(Instant.parse("2026-03-02T01:00:00Z"));
        accounts.signUpAndLogIn("streak@example.com");
    }

    @AfterEach
    void logOut() {
        AccountFixtures.logOut();
    }

    @Test
    void aFreezeSavesAStreakAfterOneMissedDay() {
        solveOne("a");
        clock.advance(Duration.ofDays(1));
        solveOne("b");
        assertThat(streaks.mine().days()).isEqualTo(2);
        assertThat(streaks.mine().activeToday()).isTrue();

        clock.advance(Duration.ofDays(2));
        assertThat(streaks.mine().days()).as("yesterday was missed").isZero();
        assertThat(streaks.mine().canFreezeYesterday()).isTrue();
        assertThat(streaks.mine().atRisk()).isEqualTo(2);
        streaks.freezeYesterday();
        assertThat(streaks.mine().days()).isEqualTo(2);
        assertThat(streaks.mine().freezesLeft()).isEqualTo(1);
        assertThatThrownBy(() -> streaks.freezeYesterday()).isInstanceOf(NotAllowedException.class);

        solveOne("c");
        assertThat(streaks.mine().days()).isEqualTo(3);
    }

    @Test
    void aFreezeCannotBeSpentWithNoStreakToSave() {
        assertThatThrownBy(() -> streaks.freezeYesterday()).isInstanceOf(NotAllowedException.class);
        assertThat(streaks.mine().freezesLeft()).isEqualTo(2);
    }

    private void solveOne(String name) {
        long id = problems.add(name, "https://example.com/" + name, null, ProblemDifficulty.EASY, null);
        problems.attempt(id, true, 10, problems.problem(id).version());
    }
}
