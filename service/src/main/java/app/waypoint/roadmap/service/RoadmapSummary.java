package app.waypoint.roadmap.service;

import app.waypoint.base.domain.LocalizedText;

/** A roadmap in the list of those a person can open, with how far they are. */
public record RoadmapSummary(String key, LocalizedText title, LocalizedText description, boolean builtIn,
                             int stageCount, Progress progress, boolean started) {
}
