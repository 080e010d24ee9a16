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
 * Several people's progress on one roadmap, stage by stage, as a group's board shows it: two statements however
 * many people there are, a third when some of them share their notes. Callers decide who may see whose.
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

    /** A person's notes on a topic, as sanitised HTML. */
    public record Note(long accountId, LocalizedText topic, String notesHtml) {
    }

    /** The progress of {@code progressOf} and the notes of {@code notesOf} on the roadmap. */
    public Board of(long roadmapId, Collection<Long> progressOf, Collection<Long> notesOf) {
        List<RoadmapNode> active = nodes.findActiveByRoadmapIdIn(List.of(roadmapId));
        List<RoadmapNode> stages = active.stream().filter(node -> node.getKind() == NodeKind.STAGE)
                .sorted(Comparator.comparingInt(RoadmapNode::getPosition)).toList();
        Map<Long, List<Long>> topicsByStage = active.stream().filter(node -> node.getKind() == NodeKind.TOPIC)
                .collect(Collectors.groupingBy(node -> node.getParent().getId(),
                        Collectors.mapping(RoadmapNode::getId, Collectors.toList())));
        Map<Long, Map<Long, ProgressStatus>> statuses = new HashMap<>();
        if (!progressOf.isEmpty()) {
            for (Object[] row : progress.findTopicStatuses(progressOf, roadmapId)) {
                statuses.computeIfAbsent((Long) row[0], id -> new HashMap<>())
                        .put((Long) row[1], (ProgressStatus) row[2]);
            }
        }
        Map<Long, Standing> standings = new LinkedHashMap<>();
        for (long person : progressOf) {
            Map<Long, ProgressStatus> theirs = statuses.getOrDefault(person, Map.of());
            List<Integer> percents = new ArrayList<>();
            Progress overall = Progress.NONE;
            for (RoadmapNode stage : stages) {
                Progress stageProgress = Progress.of(topicsByStage.getOrDefault(stage.getId(), List.of()).stream()
                        .map(topic -> theirs.getOrDefault(topic, ProgressStatus.NOT_STARTED)).toList());
                percents.add(stageProgress.percent());
                overall = overall.plus(stageProgress);
            }
            standings.put(person, new Standing(percents, overall.percent()));
        }
        return new Board(stages.stream().map(RoadmapNode::getTitle).toList(), standings,
                notes(roadmapId, notesOf, active));
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
                notes.add(new Note((Long) row[0], node.getTitle(), markdown.toSafeHtml((String) row[2])));
            }
        }
        return notes;
    }
}
