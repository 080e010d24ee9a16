package app.waypoint.interview.service;

import app.waypoint.base.domain.LocalizedText;
import app.waypoint.base.service.ContentFormat;
import app.waypoint.interview.domain.ProblemDifficulty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * Waypoint's built-in list of Easy and Medium coding problems grouped by pattern, a selection after Grind 75 and
 * NeetCode 150, from {@code content/coding-problems.yaml}.
 */
@Component
public class BuiltInProblems {

    public static final String PLATFORM = "LeetCode";
    static final String RESOURCE = "content/coding-problems.yaml";

    private final List<Pattern> patterns;

    BuiltInProblems() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            patterns = ContentFormat.YAML.mapper().readValue(in, Document.class).patterns();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the built-in coding problems", e);
        }
    }

    public List<Pattern> patterns() {
        return patterns;
    }

    /** The problem with this key and the pattern it belongs to. */
    Optional<Found> find(String key) {
        for (Pattern pattern : patterns) {
            for (Problem problem : pattern.problems()) {
                if (problem.key().equals(key)) {
                    return Optional.of(new Found(pattern, problem));
                }
            }
        }
        return Optional.empty();
    }

    record Found(Pattern pattern, Problem problem) {
    }

    public record Document(int version, List<Pattern> patterns) {
    }

    /** A pattern (two pointers, sliding window, …) and its problems, easiest first. */
    public record Pattern(String key, LocalizedText title, List<Problem> problems) {
    }

    /**
     * One problem: its LeetCode link and, where one of these sites has a genuine equivalent, its Programmers lesson
     * or Baekjoon problem number.
     */
    public record Problem(String key, LocalizedText title, String url, ProblemDifficulty difficulty,
                          Integer programmers, Integer baekjoon) {

        public String programmersUrl() {
            return programmers == null ? null
                    : "https://school.programmers.co.kr/learn/courses/30/lessons/" + programmers;
        }

        public String baekjoonUrl() {
            return baekjoon == null ? null : "https://www.acmicpc.net/problem/" + baekjoon;
        }
    }
}
