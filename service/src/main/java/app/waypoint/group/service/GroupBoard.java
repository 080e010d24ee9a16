package app.waypoint.group.service;

import app.waypoint.base.domain.LocalizedText;

import java.util.List;

/**
 * A member × stage progress board of one adopted roadmap. A member who keeps their progress private has a row
 * without figures ({@code shared} false).
 */
public record GroupBoard(String roadmapKey, LocalizedText roadmapTitle, List<LocalizedText> stages, List<Row> rows) {

    public record Row(long accountId, String displayName, boolean shared, List<Integer> stagePercents,
                      int overallPercent) {
    }
}
