package app.waypoint.portfolio.domain;

import java.util.Locale;
import java.util.Set;

/**
 * Which way a measured result gets better: latency, cost and errors go down, accuracy and throughput go up. The
 * person decides; until they do, the unit suggests it.
 */
public enum ResultDirection {
    LOWER_IS_BETTER,
    HIGHER_IS_BETTER;

    /**
     * Units of time, money and errors, written as people write them (compared trimmed and in lower case). The
     * migration that added the direction ({@code V012}) filled it in for existing results from this same list.
     */
    public static final Set<String> LOWER_IS_BETTER_UNITS = Set.of(
            "ms", "s", "sec", "secs", "seconds", "min", "mins", "minutes", "h", "hours",
            "초", "분", "시간", "밀리초",
            "원", "만원", "krw", "$", "usd",
            "errors", "error", "오류", "에러",
            "% error", "%error", "error %", "error rate", "오류율", "에러율");

    /** What a result in this unit most likely means; anything not a time, money or errors counts up. */
    public static ResultDirection suggestedFor(String unit) {
        return unit != null && LOWER_IS_BETTER_UNITS.contains(unit.strip().toLowerCase(Locale.ROOT))
                ? LOWER_IS_BETTER : HIGHER_IS_BETTER;
    }

    /** Whether a change with this sign (negative, zero, positive) is an improvement. */
    public boolean improvesWith(int signOfChange) {
        return this == LOWER_IS_BETTER ? signOfChange < 0 : signOfChange > 0;
    }
}
