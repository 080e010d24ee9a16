package app.waypoint.interview.service;

import app.waypoint.MutableClock;
import app.waypoint.StatementCounter;
import app.waypoint.TestDatabase;
import app.waypoint.account.service.AccountFixtures;
import app.waypoint.base.domain.Language;
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
import java.util.List;

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
    void topicsAreMeasuredAsTheyAreStoredNotAsTheyWereTyped() {
        // 50 distinct topics fit in 199 typed characters, but the stored "t00, t01, …" form needs 248
        String crowded = String.join(",", java.util.stream.IntStream.range(0, 50)
                .mapToObj(i -> "t%02d".formatted(i)).toList());
        assertThat(crowded).hasSizeLessThanOrEqualTo(200);
        assertThatThrownBy(() -> problems.add("Two Sum", TWO_SUM, null, ProblemDifficulty.EASY, crowded))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(new FieldProblem("tags", "problem.tags.too-long")));
        assertThat(problems.myProblems()).isEmpty();

        long id = problems.add("Two Sum", TWO_SUM, null, ProblemDifficulty.EASY, "array");
        ProblemView before = problems.problem(id);
        assertThatThrownBy(() -> problems.updateProblem(id, "Two Sum", TWO_SUM, null, ProblemDifficulty.EASY, crowded,
                before.version()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(new FieldProblem("tags", "problem.tags.too-long")));
        assertThat(problems.problem(id)).isEqualTo(before);

        // the other way round: a long typed list that tidies into a short one is fine
        String repeated = "Array ,  array, ARRAY, ".repeat(15);
        assertThat(repeated).hasSizeGreaterThan(200);
        problems.updateProblem(id, "Two Sum", TWO_SUM, null, ProblemDifficulty.EASY, repeated, before.version());
        assertThat(problems.problem(id).tags()).isEqualTo("array");
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

    @Test
    void anEditCorrectsTheDescriptionAndKeepsAttemptsAndSchedule() {
        long id = problems.add("Two Sum", TWO_SUM, "LeetCode", ProblemDifficulty.EASY, "array");
        solve(id, 20);
        ProblemView solved = problems.problem(id);

        problems.updateProblem(id, " 1. Two Sum ", "https://leetcode.com/problems/two-sum/description/", "  ",
                ProblemDifficulty.MEDIUM, "Hash Table, array", solved.version());

        ProblemView edited = problems.problem(id);
        assertThat(edited.title()).isEqualTo("1. Two Sum");
        assertThat(edited.url()).isEqualTo("https://leetcode.com/problems/two-sum/description/");
        assertThat(edited.platform()).isNull();
        assertThat(edited.difficulty()).isEqualTo(ProblemDifficulty.MEDIUM);
        assertThat(edited.tags()).isEqualTo("hash table, array");
        assertThat(edited).extracting(ProblemView::attempts, ProblemView::minutesSpent, ProblemView::solved,
                ProblemView::firstSolvedOn, ProblemView::resolveOn)
                .containsExactly(1, 20, true, solved.firstSolvedOn(), solved.resolveOn());
        assertThat(problems.progress().solvedByDifficulty()).containsOnlyKeys(ProblemDifficulty.MEDIUM);
    }

    @Test
    void anEditMayKeepItsOwnLinkButNotTakeAnotherProblems() {
        long twoSum = problems.add("Two Sum", TWO_SUM, null, ProblemDifficulty.EASY, null);
        String lruUrl = "https://leetcode.com/problems/lru-cache/";
        problems.add("LRU Cache", lruUrl, null, ProblemDifficulty.MEDIUM, null);

        problems.updateProblem(twoSum, "Two Sum (hash map)", " " + TWO_SUM + " ", null, ProblemDifficulty.EASY, null,
                problems.problem(twoSum).version());
        assertThat(problems.problem(twoSum).title()).isEqualTo("Two Sum (hash map)");

        ProblemView before = problems.problem(twoSum);
        assertThatThrownBy(() -> problems.updateProblem(twoSum, "Renamed", lruUrl, null, ProblemDifficulty.EASY, null,
                before.version()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey).containsExactly("problem.url.duplicate"));
        assertThat(problems.problem(twoSum)).isEqualTo(before);
    }

    @Test
    void badEditsAreRefusedAtEachFieldAndChangeNothing() {
        long id = problems.add("Two Sum", TWO_SUM, "LeetCode", ProblemDifficulty.EASY, "array");
        ProblemView before = problems.problem(id);

        assertThatThrownBy(() -> problems.updateProblem(id, " ", "javascript:alert(1)", "x".repeat(41), null,
                "t".repeat(201), before.version()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .containsExactly("title", "url", "difficulty", "platform", "tags"));
        assertThatThrownBy(() -> problems.updateProblem(id, "가".repeat(10_000), "https://x.com/" + "p".repeat(10_000),
                null, ProblemDifficulty.EASY, null, before.version()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey)
                        .containsExactly("problem.title.too-long", "problem.url.bad"));

        assertThat(problems.problem(id)).isEqualTo(before);
    }

    @Test
    void anEditFromAStaleTabIsRefusedAndChangesNothing() {
        long id = problems.add("Two Sum", TWO_SUM, null, ProblemDifficulty.EASY, null);
        long seen = problems.problem(id).version();
        problems.attempt(id, false, 10, seen);

        assertThatThrownBy(() -> problems.updateProblem(id, "Renamed in a stale tab", TWO_SUM, null,
                ProblemDifficulty.HARD, null, seen)).isInstanceOf(ConcurrentEditException.class);

        assertThat(problems.problem(id)).extracting(ProblemView::title, ProblemView::difficulty, ProblemView::attempts)
                .containsExactly("Two Sum", ProblemDifficulty.EASY, 1);
    }

    @Test
    void aDeletedProblemLeavesTheListAndTheProgress() {
        long kept = problems.add("LRU Cache", "https://leetcode.com/problems/lru-cache/", null,
                ProblemDifficulty.MEDIUM, null);
        long deleted = problems.add("Two Sum", TWO_SUM, null, ProblemDifficulty.EASY, null);
        solve(deleted, 10);

        problems.deleteProblem(deleted);

        assertThat(problems.myProblems()).extracting(ProblemView::id).containsExactly(kept);
        assertThat(problems.progress().solvedTowardGoal()).isZero();
        problems.add("Two Sum", TWO_SUM, null, ProblemDifficulty.EASY, null); // its link is free again
    }

    @Test
    void anotherPersonCanNeitherEditNorDeleteAProblemAndNeitherCanAForgedId() {
        long id = problems.add("Two Sum", TWO_SUM, null, ProblemDifficulty.EASY, null);
        ProblemView before = problems.problem(id);

        accounts.signUpAndLogIn("peer@example.com");
        assertThatThrownBy(() -> problems.problem(id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> problems.updateProblem(id, "Taken over", TWO_SUM, null, ProblemDifficulty.HARD, null,
                before.version())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> problems.deleteProblem(id)).isInstanceOf(NotFoundException.class);
        long forged = id + 1_000;
        assertThatThrownBy(() -> problems.updateProblem(forged, "Nothing", TWO_SUM, null, ProblemDifficulty.EASY, null,
                0)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> problems.deleteProblem(forged)).isInstanceOf(NotFoundException.class);

        accounts.logIn("solver@example.com", AccountFixtures.PASSWORD);
        assertThat(problems.myProblems()).containsExactly(before);
    }

    // ---------- the built-in list ----------

    @Test
    void theBuiltInListIsOfferedByPatternAndAProblemIsCopiedWithPlatformDifficultyAndPattern() {
        List<BuiltInProblems.Pattern> patterns = problems.builtInPatterns();
        assertThat(patterns).hasSize(13);
        assertThat(problems.board(ProblemFilter.ALL).builtInAdded()).isEmpty();

        long id = problems.addBuiltIn("longest-substring-without-repeating-characters", Language.EN);
        long korean = problems.addBuiltIn("valid-parentheses", Language.KO);

        ProblemView copied = problems.problem(id);
        assertThat(copied).extracting(ProblemView::title, ProblemView::url, ProblemView::sourceKey,
                ProblemView::platform, ProblemView::difficulty, ProblemView::tags)
                .containsExactly("Longest Substring Without Repeating Characters",
                        "https://leetcode.com/problems/longest-substring-without-repeating-characters/",
                        "longest-substring-without-repeating-characters", "LeetCode", ProblemDifficulty.MEDIUM,
                        "sliding window");
        assertThat(problems.problem(korean)).extracting(ProblemView::title, ProblemView::tags, ProblemView::difficulty)
                .containsExactly("올바른 괄호", "스택", ProblemDifficulty.EASY);
        assertThat(problems.board(ProblemFilter.ALL).builtInAdded())
                .containsExactlyInAnyOrder("longest-substring-without-repeating-characters", "valid-parentheses");
    }

    @Test
    void aBuiltInProblemIsCopiedOnceAndOneAddedByHandWithTheSameLinkCountsAsAdded() {
        problems.addBuiltIn("two-sum", Language.EN);
        assertThatThrownBy(() -> problems.addBuiltIn("two-sum", Language.KO))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey).containsExactly("problem.url.duplicate"));

        // typed by hand without the trailing slash, or at its description page: the same problem
        problems.add("LRU", "https://leetcode.com/problems/lru-cache", null, ProblemDifficulty.MEDIUM, null);
        problems.add("3 sum", "https://www.LeetCode.com/problems/3sum/description/?envType=study", null,
                ProblemDifficulty.MEDIUM, null);
        assertThat(problems.board(ProblemFilter.ALL).builtInAdded()).containsExactlyInAnyOrder("two-sum", "lru-cache",
                "3sum");
        assertThatThrownBy(() -> problems.addBuiltIn("lru-cache", Language.EN))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> problems.addBuiltIn("3sum", Language.EN)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> problems.addBuiltIn("no-such-problem", Language.EN))
                .isInstanceOf(NotFoundException.class);
        assertThat(problems.myProblems()).hasSize(3);
    }

    @Test
    void aCopiedProblemStaysAddedAfterItsLinkIsEditedSoALaterVersionOfTheListNeverCopiesItTwice() {
        long id = problems.addBuiltIn("two-sum", Language.EN);
        problems.updateProblem(id, "Two Sum (my notes)", "https://example.com/my-two-sum-notes", "LeetCode",
                ProblemDifficulty.EASY, "arrays & hashing", problems.problem(id).version());

        assertThat(problems.board(ProblemFilter.ALL).builtInAdded()).containsExactly("two-sum");
        assertThatThrownBy(() -> problems.addBuiltIn("two-sum", Language.EN)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anotherPersonNeitherSeesNorTouchesProblemsCopiedFromTheListAndCopiesTheirOwn() {
        long mine = problems.addBuiltIn("two-sum", Language.EN);
        problems.add("From the book", null, null, ProblemDifficulty.EASY, null);

        accounts.signUpAndLogIn("peer@example.com");
        ProblemBoard theirs = problems.board(ProblemFilter.ALL);
        assertThat(theirs.shown()).isEmpty();
        assertThat(theirs.tracked()).isZero();
        assertThat(theirs.builtInAdded()).isEmpty();
        assertThatThrownBy(() -> problems.problem(mine)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> problems.deleteProblem(mine)).isInstanceOf(NotFoundException.class);
        long own = problems.addBuiltIn("two-sum", Language.KO);
        problems.add("From the book", null, null, ProblemDifficulty.EASY, null); // titles are told apart per person
        assertThat(problems.problem(own).title()).isEqualTo("두 수의 합");

        accounts.logIn("solver@example.com", AccountFixtures.PASSWORD);
        assertThat(problems.myProblems()).extracting(ProblemView::title).containsExactly("From the book", "Two Sum");
    }

    // ---------- problems without a link ----------

    @Test
    void aProblemNeedsNoLinkAndWithoutOneItsTitleTellsItApartWhateverItsCase() {
        long book = problems.add("  Rotate Matrix (CtCI 1.7) ", "  ", "Book", ProblemDifficulty.MEDIUM, "arrays");
        assertThat(problems.problem(book)).extracting(ProblemView::title, ProblemView::url)
                .containsExactly("Rotate Matrix (CtCI 1.7)", null);
        long mock = problems.add("Mock test 3", null, null, ProblemDifficulty.EASY, null);
        assertThat(problems.problem(mock).url()).isNull();

        assertThatThrownBy(() -> problems.add("rotate matrix (ctci 1.7)", null, null, ProblemDifficulty.EASY, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(new FieldProblem("title", "problem.title.duplicate")));
        // with a link, the link tells it apart: the same title is fine
        problems.add("Mock test 3", "https://example.com/mock-3", null, ProblemDifficulty.EASY, null);
        assertThat(problems.myProblems()).hasSize(3);

        ProblemView before = problems.problem(mock);
        assertThatThrownBy(() -> problems.updateProblem(mock, "ROTATE MATRIX (CTCI 1.7)", "", null,
                ProblemDifficulty.EASY, null, before.version()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("title", "problem.title.duplicate")));
        assertThat(problems.problem(mock)).isEqualTo(before);
        problems.updateProblem(mock, "mock TEST 3", null, null, ProblemDifficulty.EASY, null, before.version());
        assertThat(problems.problem(mock).title()).as("its own title, in another case").isEqualTo("mock TEST 3");
    }

    @Test
    void aLinkCanBeTakenAwayAndGivenBackAndABadOneIsStillRefused() {
        long id = problems.add("Two Sum", TWO_SUM, "LeetCode", ProblemDifficulty.EASY, null);
        problems.updateProblem(id, "Two Sum", " ", "LeetCode", ProblemDifficulty.EASY, null,
                problems.problem(id).version());
        assertThat(problems.problem(id).url()).isNull();
        assertThatThrownBy(() -> problems.updateProblem(id, "Two Sum", "ftp://x", null, ProblemDifficulty.EASY, null,
                problems.problem(id).version())).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.problems()).containsExactly(new FieldProblem("url", "problem.url.bad")));
        problems.updateProblem(id, "Two Sum", TWO_SUM, null, ProblemDifficulty.EASY, null,
                problems.problem(id).version());
        assertThat(problems.problem(id).url()).isEqualTo(TWO_SUM);
    }

    // ---------- filtering and sorting ----------

    @Test
    void theBoardFiltersByDifficultyTopicAndDueAndSortsByReSolveDifficultyOrTopic() {
        long easy = problems.add("Easy one", "https://example.com/e", null, ProblemDifficulty.EASY, "array, hash");
        long hard = problems.add("Hard one", "https://example.com/h", null, ProblemDifficulty.HARD, "graph");
        long medium = problems.add("Medium one", "https://example.com/m", null, ProblemDifficulty.MEDIUM, "array");
        long untagged = problems.add("Untagged", null, null, ProblemDifficulty.MEDIUM, null);
        solve(easy, 10);                                  // back on 03-09
        clock.advance(Duration.ofDays(3));
        solve(hard, 10);                                  // back on 03-12
        clock.advance(Duration.ofDays(5));                // 03-10: the easy one is due, the hard one not yet

        assertThat(ids(ProblemFilter.ALL)).containsExactly(untagged, medium, hard, easy);
        assertThat(ids(new ProblemFilter(ProblemDifficulty.MEDIUM, null, false, ProblemOrder.NEWEST)))
                .containsExactly(untagged, medium);
        assertThat(ids(new ProblemFilter(null, " Array ", false, ProblemOrder.NEWEST))).containsExactly(medium, easy);
        assertThat(ids(new ProblemFilter(null, null, true, ProblemOrder.NEWEST))).containsExactly(easy);
        assertThat(ids(new ProblemFilter(null, null, false, ProblemOrder.RESOLVE)))
                .as("due first, then by the next re-solve date, the rest as they were")
                .containsExactly(easy, hard, untagged, medium);
        assertThat(ids(new ProblemFilter(null, null, false, ProblemOrder.DIFFICULTY)))
                .containsExactly(easy, untagged, medium, hard);
        assertThat(ids(new ProblemFilter(null, null, false, ProblemOrder.TOPIC)))
                .containsExactly(medium, easy, hard, untagged);

        ProblemBoard board = problems.board(new ProblemFilter(ProblemDifficulty.HARD, "array", false, null));
        assertThat(board.shown()).as("nothing matches").isEmpty();
        assertThat(board.tracked()).isEqualTo(4);
        assertThat(board.tags()).containsExactly("array", "graph", "hash");
        assertThat(board.progress().solvedTowardGoal()).as("progress counts every problem, not the shown ones")
                .isEqualTo(1);
    }

    @Test
    void theBoardTakesTheSameStatementsForOneOrFiftyProblems() {
        problems.addBuiltIn("two-sum", Language.EN);
        ProblemFilter filter = new ProblemFilter(null, "dp", false, ProblemOrder.RESOLVE);
        statements.reset();
        problems.board(filter);
        int one = statements.count();
        for (int i = 1; i < 50; i++) {
            problems.add("P" + i, i % 2 == 0 ? null : "https://example.com/p" + i, null, ProblemDifficulty.MEDIUM, "dp");
        }
        statements.reset();
        assertThat(problems.board(filter).shown()).hasSize(49);
        assertThat(statements.count()).isEqualTo(one).isLessThanOrEqualTo(3);
    }

    private List<Long> ids(ProblemFilter filter) {
        return problems.board(filter).shown().stream().map(ProblemView::id).toList();
    }

    private void solve(long id, int minutes) {
        long version = problems.myProblems().stream().filter(problem -> problem.id() == id).findFirst()
                .orElseThrow().version();
        problems.attempt(id, true, minutes, version);
    }
}
