package app.waypoint.roadmap.service;

import java.util.List;

/** Finds stages, topics and sub-topics of an outline by their stable keys. */
final class Outlines {

    private Outlines() {
    }

    static RoadmapOutline.Stage stage(RoadmapOutline outline, String key) {
        return outline.stages().stream().filter(stage -> stage.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("No stage " + key + " in " + outline.key()));
    }

    static RoadmapOutline.Topic topic(RoadmapOutline outline, String key) {
        return topics(outline).stream().filter(topic -> topic.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("No topic " + key + " in " + outline.key()));
    }

    static RoadmapOutline.Subtopic subtopic(RoadmapOutline outline, String key) {
        return topics(outline).stream().flatMap(topic -> topic.subtopics().stream())
                .filter(subtopic -> subtopic.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("No sub-topic " + key + " in " + outline.key()));
    }

    static List<RoadmapOutline.Topic> topics(RoadmapOutline outline) {
        return outline.stages().stream().flatMap(stage -> stage.topics().stream()).toList();
    }

    static List<String> topicKeys(RoadmapOutline outline) {
        return topics(outline).stream().map(RoadmapOutline.Topic::key).toList();
    }
}
