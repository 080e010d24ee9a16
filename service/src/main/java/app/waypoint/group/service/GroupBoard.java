package app.waypoint.group.service;

import app.waypoint.base.domain.LocalizedText;

import java.util.List;

/**
 * A member × stage progress board of one adopted roadmap. A member who keeps their progress private has a row
 * without figures ({@code shared} false); notes appear only from members who chose to share them.
 */
public record GroupBoard(String roadmapKey, LocalizedText roadmapTitle, List<LocalizedText> stages, List<Row> rows,
                         List<SharedNote> notes, Together together) {

    /**
     * The days the members who share their activity all studied, in a row ({@link Together#days}), and how many
     * members that is; the others are not counted, as their activity is theirs.
     */
    public record Together(int days, int members) {
    }

    /** A member's notes on a topic, as sanitised HTML. */
    public record SharedNote(String who, LocalizedText topic, String notesHtml) {
    }

    /** {@code streak} is null for a member who keeps their activity private. */
    public record Row(long accountId, String displayName, boolean shared, List<Integer> stagePercents,
                      int overallPercent, Integer streak) {
    }
}
