package app.waypoint.roadmap.service;

import app.waypoint.roadmap.domain.LearningResource;

import java.util.List;

/**
 * One's own topic as its editor shows it, in the language being used: sub-topics by title, in order. The
 * {@code version} is the one the editor started from.
 */
public record TopicDraft(long id, String title, String description, List<String> subtopics,
                         List<LearningResource> resources, long version) {

    public TopicDraft {
        subtopics = List.copyOf(subtopics);
        resources = List.copyOf(resources);
    }
}
