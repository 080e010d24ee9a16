package app.waypoint.interview.service;

import java.util.Locale;

/** Whether two links lead to the same problem: what a person may type differently for the same page is ignored. */
final class ProblemLinks {

    private static final String LEETCODE = "leetcode.com/problems/";

    private ProblemLinks() {
    }

    /**
     * The link without scheme, {@code www.}, query, fragment and trailing slashes, lower case; for a LeetCode
     * problem only its slug, so {@code …/two-sum/description/} is Two Sum too. Null for no link.
     */
    static String sameProblem(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String link = url.strip().toLowerCase(Locale.ROOT);
        link = link.replaceFirst("^https?://", "").replaceFirst("^www\\.", "");
        int end = indexOfAny(link, '?', '#');
        link = end < 0 ? link : link.substring(0, end);
        if (link.startsWith(LEETCODE)) {
            int slugEnd = link.indexOf('/', LEETCODE.length());
            link = slugEnd < 0 ? link : link.substring(0, slugEnd);
        }
        return link.replaceFirst("/+$", "");
    }

    private static int indexOfAny(String text, char first, char second) {
        int a = text.indexOf(first);
        int b = text.indexOf(second);
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }
}
