package app.waypoint.roadmap.service;

import app.waypoint.base.domain.LocalizedText;
import app.waypoint.roadmap.domain.LearningResource;
import app.waypoint.roadmap.domain.NodeKind;
import app.waypoint.roadmap.domain.ResourceKind;
import app.waypoint.roadmap.domain.Roadmap;
import app.waypoint.roadmap.domain.RoadmapNode;
import app.waypoint.roadmap.domain.RoadmapNodeRepository;
import app.waypoint.skill.domain.Skill;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Makes a roadmap's outline match a document. Nodes are matched by key, so an update changes texts, order
 * and places without touching anyone's progress; nodes the document no longer has are retired.
 */
@Component
class RoadmapContentApplier {

    private final RoadmapNodeRepository nodes;

    RoadmapContentApplier(RoadmapNodeRepository nodes) {
        this.nodes = nodes;
    }

    /** The roadmap must be saved and the document must have passed {@link RoadmapDocumentCheck}. */
    void apply(Roadmap roadmap, RoadmapDocument document, Map<String, Skill> skillsByKey) {
        roadmap.describe(document.title(), document.description());
        Map<String, RoadmapNode> existing = nodes.findByRoadmapId(roadmap.getId()).stream()
                .collect(Collectors.toMap(RoadmapNode::getKey, Function.identity()));
        Set<String> kept = new HashSet<>();
        Function<String, RoadmapNode> nodeFor = key -> {
            kept.add(key);
            return existing.get(key);
        };

        for (int s = 0; s < document.stages().size(); s++) {
            RoadmapDocument.Stage stage = document.stages().get(s);
            RoadmapNode stageNode = node(roadmap, nodeFor.apply(stage.key()), stage.key(), NodeKind.STAGE, null, s,
                    stage.title(), null);
            stageNode.estimateMonths(stage.months() == null ? null : stage.months().min(),
                    stage.months() == null ? null : stage.months().max());
            for (int t = 0; t < stage.topics().size(); t++) {
                RoadmapDocument.Topic topic = stage.topics().get(t);
                RoadmapNode topicNode = node(roadmap, nodeFor.apply(topic.key()), topic.key(), NodeKind.TOPIC,
                        stageNode, t, topic.title(), topic.description());
                topicNode.buildsSkills(topic.skills().stream().map(skillsByKey::get).collect(Collectors.toSet()));
                topicNode.recommend(resources(topic.resources()));
                for (int i = 0; i < topic.subtopics().size(); i++) {
                    RoadmapDocument.Subtopic subtopic = topic.subtopics().get(i);
                    node(roadmap, nodeFor.apply(subtopic.key()), subtopic.key(), NodeKind.SUBTOPIC, topicNode, i,
                            subtopic.title(), null);
                }
            }
        }
        existing.values().stream().filter(node -> !kept.contains(node.getKey())).forEach(RoadmapNode::retire);
    }

    private RoadmapNode node(Roadmap roadmap, RoadmapNode found, String key, NodeKind kind, RoadmapNode parent,
                             int position, LocalizedText title, LocalizedText description) {
        RoadmapNode node = found != null ? found : new RoadmapNode(roadmap, key, kind);
        node.changeKind(kind);
        node.place(parent, position);
        node.describe(title, description);
        return nodes.save(node);
    }

    private static List<LearningResource> resources(List<RoadmapDocument.Resource> resources) {
        return resources.stream()
                .map(resource -> new LearningResource(ResourceKind.valueOf(resource.kind().toUpperCase(Locale.ROOT)),
                        resource.title().strip(), resource.url() == null ? null : resource.url().strip()))
                .toList();
    }
}
