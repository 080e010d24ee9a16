package app.waypoint.roadmap.service;

import app.waypoint.base.domain.LocalizedText;
import app.waypoint.base.service.MarkdownRenderer;
import app.waypoint.roadmap.domain.NodeKind;
import app.waypoint.roadmap.domain.NodeProgressRepository;
import app.waypoint.roadmap.domain.ProgressStatus;
import app.waypoint.roadmap.domain.RoadmapNode;
import app.waypoint.roadmap.domain.RoadmapNodeRepository;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Several people's progress on one roadmap, stage by stage or topic by topic, as a group's board shows it: two
 * statements however many people there are, a third when some of them share their notes. Callers decide who may
 * see whose.
 */
@Component
public class PeopleProgress {

    private final RoadmapNodeRepository nodes;
    private final NodeProgressRepository progress;
    private final MarkdownRenderer markdown;

    PeopleProgress(RoadmapNodeRepository nodes, NodeProgressRepository progress, MarkdownRenderer markdown) {
        this.nodes = nodes;
        this.progress = progress;
        this.markdown = markdown;
    }

    /** The stages in order; each person's standing by account id; notes, most recently written first. */
    public record Board(List<LocalizedText> stages, Map<Long, Standing> standings, List<Note> notes) {
    }

    public record Standing(List<Integer> stagePercents, int overallPercent) {
    }

    /** A person's notes on a node (a topic, mostly), as sanitised HTML. */
    public record Note(long accountId, long nodeId, LocalizedText topic, String notesHtml) {
    }

    /**
     * The stages with their topics in order, each person's status by account id and topic id (a topic they have not
     * touched is missing: not started), and the notes, most recently written first.
     */
    public record Topics(List<Stage> stages, Map<Long, Map<Long, ProgressStatus>> statuses, List<Note> notes) {

        public ProgressStatus status(long person, long topicId) {
            return statuses.getOrDefault(person, Map.of()).getOrDefault(topicId, ProgressStatus.NOT_STARTED);
        }
    }

    public record Stage(LocalizedText title, List<Topic> topics) {
    }

    public record Topic(long id, LocalizedText title) {
    }

    /** The progress of {@code progressOf} and the notes of {@code notesOf} on the roadmap, stage by stage. */
    public Board of(long roadmapId, Collection<Long> progressOf, Collection<Long> notesOf) {
        Topics topics = topics(roadmapId, progressOf, notesOf);
        Map<Long, Standing> standings = new LinkedHashMap<>();
        for (long person : progressOf) {
            List<Integer> percents = new ArrayList<>();
            Progress overall = Progress.NONE;
            for (Stage stage : topics.stages()) {
                Progress stageProgress = Progress.of(stage.topics().stream()
                        .map(topic -> topics.status(person, topic.id())).toList());
                percents.add(stageProgress.percent());
                overall = overall.plus(stageProgress);
            }
            standings.put(person, new Standing(percents, overall.percent()));
        }
        return new Board(topics.stages().stream().map(Stage::title).toList(), standings, topics.notes());
    }

    /** The status of {@code progressOf} on every topic and the notes of {@code notesOf} on the roadmap. */
    public Topics topics(long roadmapId, Collection<Long> progressOf, Collection<Long> notesOf) {
        List<RoadmapNode> active = nodes.findActiveByRoadmapIdIn(List.of(roadmapId));
        Map<Long, List<Topic>> topicsByStage = active.stream().filter(node -> node.getKind() == NodeKind.TOPIC)
                .sorted(Comparator.comparingInt(RoadmapNode::getPosition))
                .collect(Collectors.groupingBy(node -> node.getParent().getId(),
                        Collectors.mapping(node -> new Topic(node.getId(), node.getTitle()), Collectors.toList())));
        List<Stage> stages = active.stream().filter(node -> node.getKind() == NodeKind.STAGE)
                .sorted(Comparator.comparingInt(RoadmapNode::getPosition))
                .map(stage -> new Stage(stage.getTitle(), topicsByStage.getOrDefault(stage.getId(), List.of())))
                .toList();
        Map<Long, Map<Long, ProgressStatus>> statuses = new HashMap<>();
        if (!progressOf.isEmpty()) {
            for (Object[] row : progress.findTopicStatuses(progressOf, roadmapId)) {
                statuses.computeIfAbsent((Long) row[0], id -> new HashMap<>())
                        .put((Long) row[1], (ProgressStatus) row[2]);
            }
        }
        return new Topics(stages, statuses, notes(roadmapId, notesOf, active));
    }

    private List<Note> notes(long roadmapId, Collection<Long> notesOf, List<RoadmapNode> active) {
        if (notesOf.isEmpty()) {
            return List.of();
        }
        Map<Long, RoadmapNode> byId = active.stream().collect(Collectors.toMap(RoadmapNode::getId, node -> node));
        List<Note> notes = new ArrayList<>();
        for (Object[] row : progress.findNotes(notesOf, roadmapId)) {
            RoadmapNode node = byId.get((Long) row[1]);
            if (node != null) {
                notes.add(new Note((Long) row[0], node.getId(), node.getTitle(),
                        markdown.toSafeHtml((String) row[2])));
            }
        }
        return notes;
    }
}
