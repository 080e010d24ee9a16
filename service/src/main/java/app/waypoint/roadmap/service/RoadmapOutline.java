package app.waypoint.roadmap.service;

import app.waypoint.base.domain.LocalizedText;
import app.waypoint.roadmap.domain.LearningResource;

import java.util.List;

/**
 * A roadmap as one person sees it: stages, topics and sub-topics with their progress, and their plan. It is
 * {@code editable} when it is the person's own, whose structure they may change; a fork says in
 * {@code carriedTopics} how many topics' progress it took from its source (null for any other roadmap).
 */
public record RoadmapOutline(String key, LocalizedText title, LocalizedText description, boolean builtIn,
                             boolean editable, Integer carriedTopics,
                             Progress progress, List<Stage> stages, Long continueTopicId, PlanProjection plan) {

    public record Stage(long id, String key, LocalizedText title, Integer minMonths, Integer maxMonths,
                        Progress progress, List<Topic> topics) {
    }

    public record Topic(long id, String key, LocalizedText title, LocalizedText description, NodeState state,
                        List<SkillTag> skills, List<LearningResource> resources, List<Subtopic> subtopics) {
    }

    public record Subtopic(long id, String key, LocalizedText title, NodeState state) {
    }

    public record SkillTag(String key, LocalizedText name) {
    }
}
