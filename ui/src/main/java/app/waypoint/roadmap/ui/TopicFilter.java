package app.waypoint.roadmap.ui;

import java.util.Arrays;

/** Which topics the outline shows. */
enum TopicFilter {
    ALL,
    OPEN,
    DONE;

    /** The filter of a remembered name; none, or one no longer known, shows all. */
    static TopicFilter named(String name) {
        return Arrays.stream(values()).filter(filter -> filter.name().equals(name)).findFirst().orElse(ALL);
    }
}
