package app.waypoint.interview.service;

import app.waypoint.interview.domain.ProblemDifficulty;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The built-in list as the content file holds it: every pattern asked for, and every problem well formed. */
class BuiltInProblemsTest {

    private static final Pattern LEETCODE = Pattern.compile("https://leetcode\\.com/problems/[a-z0-9]+(-[a-z0-9]+)*/");
    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final BuiltInProblems builtIn = new BuiltInProblems();

    @Test
    void everyPatternHasFourToSixEasyOrMediumProblemsNamedInBothLanguages() {
        assertThat(builtIn.patterns()).extracting(BuiltInProblems.Pattern::key).containsExactly(
                "arrays-hashing", "two-pointers", "sliding-window", "stack", "binary-search", "linked-list", "trees",
                "heaps", "graphs", "backtracking", "dynamic-programming", "greedy", "intervals");
        assertThat(builtIn.patterns()).allSatisfy(pattern -> {
            assertThat(pattern.title().en()).as(pattern.key()).isNotBlank();
            assertThat(pattern.title().ko()).as(pattern.key()).isNotBlank();
            assertThat(pattern.title().en() + pattern.title().ko()).as("a pattern becomes one tag").doesNotContain(",");
            assertThat(pattern.problems()).as(pattern.key()).hasSizeBetween(4, 6);
        });
        assertThat(problems()).allSatisfy(problem -> {
            assertThat(problem.key()).as("key").matches(KEY);
            assertThat(problem.url()).as(problem.key()).matches(LEETCODE);
            assertThat(problem.difficulty()).as(problem.key()).isIn(ProblemDifficulty.EASY, ProblemDifficulty.MEDIUM);
            assertThat(problem.title().en()).as(problem.key()).isNotBlank();
            assertThat(problem.title().ko()).as(problem.key()).isNotBlank().containsPattern("[가-힣]");
        });
    }

    @Test
    void keysAndLinksAreUniqueAndTheKeyIsTheLeetCodeSlug() {
        List<BuiltInProblems.Problem> all = problems();
        assertThat(all).extracting(BuiltInProblems.Problem::key).doesNotHaveDuplicates();
        assertThat(all).extracting(BuiltInProblems.Problem::url).doesNotHaveDuplicates();
        assertThat(builtIn.patterns()).extracting(BuiltInProblems.Pattern::key).doesNotHaveDuplicates();
        assertThat(all).allSatisfy(problem -> assertThat(problem.url())
                .isEqualTo("https://leetcode.com/problems/" + problem.key() + "/"));
        assertThat(all).extracting(BuiltInProblems.Problem::key)
                .contains("two-sum", "valid-parentheses", "longest-substring-without-repeating-characters");
    }

    @Test
    void otherSitesAreLinkedOnlyByNumberAndOnlyForTheEquivalentsChecked() {
        List<BuiltInProblems.Problem> linked = problems().stream()
                .filter(problem -> problem.programmers() != null || problem.baekjoon() != null).toList();
        assertThat(linked).allSatisfy(problem -> {
            if (problem.programmers() != null) {
                assertThat(problem.programmersUrl()).matches("https://school\\.programmers\\.co\\.kr/learn/courses/30"
                        + "/lessons/[1-9][0-9]*");
            }
            if (problem.baekjoon() != null) {
                assertThat(problem.baekjoonUrl()).matches("https://www\\.acmicpc\\.net/problem/[1-9][0-9]*");
            }
        });
        assertThat(builtIn.find("valid-parentheses").orElseThrow().problem().programmersUrl())
                .isEqualTo("https://school.programmers.co.kr/learn/courses/30/lessons/12909");
        assertThat(builtIn.find("number-of-islands").orElseThrow().problem().baekjoonUrl())
                .isEqualTo("https://www.acmicpc.net/problem/1012");
        assertThat(builtIn.find("two-sum").orElseThrow().problem().programmersUrl()).isNull();
    }

    private List<BuiltInProblems.Problem> problems() {
        return builtIn.patterns().stream().flatMap(pattern -> pattern.problems().stream()).toList();
    }
}
