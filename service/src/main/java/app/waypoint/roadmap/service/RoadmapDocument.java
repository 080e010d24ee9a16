package app.waypoint.roadmap.service;

import app.waypoint.base.domain.LocalizedText;

import java.util.List;

/**
 * A roadmap as written in a content file, an export or an import: stages, topics and sub-topics, each with
 * a stable key. Lists left out of a file read as empty.
 */
public record RoadmapDocument(String key, Integer version, LocalizedText title, LocalizedText description,
                              List<Stage> stages) {

    public List<Stage> stages() {
        return stages == null ? List.of() : stages;
    }

    public record Stage(String key, LocalizedText title, Months months, List<Topic> topics) {
        public List<Topic> topics() {
            return topics == null ? List.of() : topics;
        }
    }

    public record Months(Integer min, Integer max) {
    }

    public record Topic(String key, LocalizedText title, LocalizedText description, List<String> skills,
                        List<Subtopic> subtopics, List<Resource> resources) {
        public List<String> skills() {
            return skills == null ? List.of() : skills;
        }

        public List<Subtopic> subtopics() {
            return subtopics == null ? List.of() : subtopics;
        }

        public List<Resource> resources() {
            return resources == null ? List.of() : resources;
        }
    }

    public record Subtopic(String key, LocalizedText title) {
    }

    public record Resource(String kind, String title, String url) {
    }
}
