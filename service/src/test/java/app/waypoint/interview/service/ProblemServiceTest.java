package app.waypoint.interview.service;

import app.waypoint.MutableClock;
import app.waypoint.StatementCounter;
import app.waypoint.TestDatabase;
import app.waypoint.account.service.AccountFixtures;
import app.waypoint.base.service.ConcurrentEditException;
import app.waypoint.base.service.FieldProblem;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.service.NotFoundException;
import app.waypoint.interview.domain.ProblemDifficulty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class ProblemServiceTest {

    private static final String TWO_SUM = "https://leetcode.com/problems/two-sum/";

    @Autowired ProblemService problems;
    @Autowired AccountFixtures accounts;
    @Autowired TestDatabase database;
    @Autowired MutableClock clock;
    @Autowired StatementCounter statements;

    @BeforeEach
    void signedIn() {
        database.reset();
        clock.set(Instant.parse("2026-03-02T00:30:00Z"));
        accounts.signUpAndLogIn("solver@example.com");
    }

    @AfterEach
    void logOut() {
        AccountFixtures.logOut();
    }

    @Test
    void onlySolvedEasyAndMediumProblemsCountTowardTheHundred() {
        long easy = problems.add("Two Sum", TWO_SUM, "LeetCode", ProblemDifficulty.EASY, "Array, Hash Table");
        long medium = problems.add("LRU Cache", "https://leetcode.com/problems/lru-cache/", "LeetCode",
                ProblemDifficulty.MEDIUM, "design, hash table");
        long hard = problems.add("Median of Two Sorted Arrays", "https://leetcode.com/problems/median/", null,
                ProblemDifficulty.HARD, "binary search");
        problems.add("Unsolved", "https://leetcode.com/problems/unsolved/", null, ProblemDifficulty.EASY, null);
        solve(easy, 15);
        solve(medium, 40);
        solve(hard, 90);

        ProblemProgress progress = problems.progress();
        assertThat(progress.solvedTowardGoal()).isEqualTo(2);
        assertThat(progress.percent()).isEqualTo(2);
        assertThat(progress.solvedByDifficulty()).containsEntry(ProblemDifficulty.EASY, 1)
                .containsEntry(ProblemDifficulty.MEDIUM, 1).containsEntry(ProblemDifficulty.HARD, 1);
        assertThat(progress.solvedByTag()).containsEntry("hash table", 2).containsEntry("array", 1);
    }

    @Test
    void solvedProblemsComeBackAfterSevenThenThirtyThenNinetyDays() {
        long id = problems.add("Two Sum", TWO_SUM, "LeetCode", ProblemDifficulty.EASY, null);
        solve(id, 20);
        assertThat(problems.myProblems().get(0).resolveOn()).isEqualTo(LocalDate.of(2026, 3, 9));

        clock.advance(Duration.ofDays(7));
        assertThat(problems.progress().resolveDue()).isEqualTo(1);
        solve(id, 10);
        assertThat(problems.myProblems().get(0).resolveOn()).isEqualTo(LocalDate.of(2026, 4, 8));
        assertThat(problems.myProblems().get(0).firstSolvedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(problems.myProblems().get(0).minutesSpent()).isEqualTo(30);
        assertThat(problems.progress().resolveDue()).isZero();
    }

    @Test
    void badInputIsRefusedAtEachFieldAndDuplicatesAreCaught() {
        assertThatThrownBy(() -> problems.add(" ", "javascript:alert(1)", "x".repeat(41), null, "t".repeat(201)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .containsExactly("title", "url", "difficulty", "platform", "tags"));
        long id = problems.add("Two Sum", TWO_SUM, null, ProblemDifficulty.EASY, null);
        assertThatThrownBy(() -> problems.add("Two Sum again", " " + TWO_SUM + " ", null, ProblemDifficulty.EASY, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).messageKey())
                        .isEqualTo("problem.url.duplicate"));
        long version = problems.myProblems().get(0).version();
        assertThatThrownBy(() -> problems.attempt(id, true, -5, version)).isInstanceOf(InvalidInputException.class);
        assertThat(problems.myProblems().get(0).attempts()).isZero();
    }

    @Test
    void aStaleAttemptIsRefusedAndOthersCannotTouchAProblem() {
        long id = problems.add("Two Sum", TWO_SUM, null, ProblemDifficulty.EASY, null);
        long version = problems.myProblems().get(0).version();
        problems.attempt(id, false, 10, version);
        assertThatThrownBy(() -> problems.attempt(id, true, 10, version)).isInstanceOf(ConcurrentEditException.class);

        accounts.signUpAndLogIn("peer@example.com");
        assertThat(problems.myProblems()).isEmpty();
        long current = version + 1;
        assertThatThrownBy(() -> problems.attempt(id, true, 5, current)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theListTakesTheSameStatementsForOneOrFiftyProblems() {
        problems.add("P0", "https://example.com/p0", null, ProblemDifficulty.EASY, null);
        statements.reset();
        problems.myProblems();
        int one = statements.count();
        for (int i = 1; i < 50; i++) {
            problems.add("P" + i, "https://example.com/p" + i, null, ProblemDifficulty.MEDIUM, "dp");
        }
        statements.reset();
        assertThat(problems.myProblems()).hasSize(50);
        assertThat(statements.count()).isEqualTo(one).isLessThanOrEqualTo(3);
    }

    private void solve(long id, int minutes) {
        long version = problems.myProblems().stream().filter(problem -> problem.id() == id).findFirst()
                .orElseThrow().version();
        problems.attempt(id, true, minutes, version);
    }
}
