package app.waypoint.roadmap.service;

import app.waypoint.account.service.CurrentUser;
import app.waypoint.base.domain.LocalizedText;
import app.waypoint.base.service.ContentFormat;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.roadmap.domain.LearningResource;
import app.waypoint.roadmap.domain.NodeKind;
import app.waypoint.roadmap.domain.NodeProgress;
import app.waypoint.roadmap.domain.NodeProgressRepository;
import app.waypoint.roadmap.domain.Roadmap;
import app.waypoint.roadmap.domain.RoadmapNode;
import app.waypoint.roadmap.domain.RoadmapNodeRepository;
import app.waypoint.roadmap.domain.RoadmapRepository;
import app.waypoint.skill.domain.Skill;
import app.waypoint.skill.domain.SkillRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;


/**
 * A person's own roadmaps: forked from a built-in one or started blank, edited freely by their owner only,
 * and carried in and out as YAML or JSON files.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class CustomRoadmapService {

    private static final int MAX_CUSTOM_ROADMAPS = 50;
    /** The largest roadmap file an import reads. */
    public static final int MAX_FILE_BYTES = RoadmapFiles.MAX_BYTES;

    private final RoadmapRepository roadmaps;
    private final RoadmapNodeRepository nodes;
    private final SkillRepository skills;
    private final NodeProgressRepository progress;
    private final RoadmapContentApplier applier;
    private final OwnRoadmaps access;
    private final CurrentUser currentUser;
    private final Clock clock;

    CustomRoadmapService(RoadmapRepository roadmaps, RoadmapNodeRepository nodes, NodeProgressRepository progress,
                         SkillRepository skills, RoadmapContentApplier applier, OwnRoadmaps access,
                         CurrentUser currentUser, Clock clock) {
        this.roadmaps = roadmaps;
        this.nodes = nodes;
        this.progress = progress;
        this.skills = skills;
        this.applier = applier;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Copies a roadmap the person can see, structure and skill links included, and the person's progress on it,
     * found again by node key; returns the copy's key. The progress is taken once: afterwards the two roadmaps
     * are tracked apart.
     */
    public String fork(String sourceKey) {
        Roadmap original = access.visible(sourceKey);
        RoadmapDocument source = document(original);
        LocalizedText title = new LocalizedText(source.title().ko() + " (사본)", source.title().en() + " (copy)");
        Roadmap fork = create(new RoadmapDocument(source.key(), null, title, source.description(), source.stages()));
        fork.carriedProgress(carryProgress(original, fork));
        return fork.getKey();
    }

    /** Copies the person's progress from one roadmap's nodes to the other's of the same key; counts the topics. */
    private int carryProgress(Roadmap from, Roadmap to) {
        Map<String, RoadmapNode> targets = nodes.findByRoadmapId(to.getId()).stream()
                .collect(Collectors.toMap(RoadmapNode::getKey, Function.identity()));
        int topics = 0;
        for (NodeProgress original : progress.findByAccountAndRoadmaps(currentUser.id(), List.of(from.getId()))) {
            RoadmapNode target = targets.get(original.getNode().getKey());
            if (target == null) {
                continue;
            }
            progress.save(NodeProgress.copiedTo(target, original));
            if (target.getKind() == NodeKind.TOPIC) {
                topics++;
            }
        }
        return topics;
    }

    /** Starts an empty roadmap with the given title (used for both languages until edited). */
    public String createBlank(String title) {
        String clean = RoadmapStructureService.requireTitle(title, "title");
        return create(new RoadmapDocument("my-roadmap", null, new LocalizedText(clean, clean), null, List.of()))
                .getKey();
    }

    /** The roadmap as a file, for any roadmap the person can see. */
    @Transactional(readOnly = true)
    public String export(String key, ContentFormat format) {
        return RoadmapFiles.write(document(access.visible(key)), format);
    }

    /**
     * Creates a roadmap from a file. Every problem is reported, with its path or line; a file with any
     * problem stores nothing.
     */
    public String importFile(byte[] content, ContentFormat format) {
        RoadmapDocument document = RoadmapFiles.read(content, format);
        List<ContentProblem> problems = RoadmapDocumentCheck.problemsOf(document, skillsByKey().keySet());
        if (!problems.isEmpty()) {
            throw new InvalidRoadmapFileException(problems);
        }
        return create(document).getKey();
    }

    /** Deletes one of the person's own roadmaps. */
    public void deleteRoadmap(String key) {
        roadmaps.delete(access.owned(key));
    }

    private Roadmap create(RoadmapDocument document) {
        long me = currentUser.id();
        if (roadmaps.findVisibleTo(me).stream().filter(roadmap -> !roadmap.isBuiltIn()).count() >= MAX_CUSTOM_ROADMAPS) {
            throw new InvalidInputException("roadmap", "roadmap.custom.too-many");
        }
        Roadmap roadmap = Roadmap.ownedBy(me, RoadmapKeys.forRoadmap(document.key()), clock.instant());
        roadmap.describe(document.title(), document.description());
        roadmap = roadmaps.save(roadmap);
        applier.apply(roadmap, document, skillsByKey());
        return roadmap;
    }

    /** The roadmap's active outline as a document: the same shape as built-in content and files. */
    private RoadmapDocument document(Roadmap roadmap) {
        List<RoadmapNode> active = nodes.findByRoadmapId(roadmap.getId()).stream().filter(node -> !node.isRetired())
                .sorted(Comparator.comparingInt(RoadmapNode::getPosition)).toList();
        Map<Long, List<RoadmapNode>> children = active.stream().filter(node -> node.getParent() != null)
                .collect(Collectors.groupingBy(node -> node.getParent().getId()));
        Map<Long, String> skillKeys = skills.findAll().stream().collect(Collectors.toMap(Skill::getId, Skill::getKey));
        Map<Long, List<String>> skillsOf = new HashMap<>();
        for (Object[] link : nodes.findSkillLinks(roadmap.getId())) {
            skillsOf.computeIfAbsent((Long) link[0], id -> new ArrayList<>()).add(skillKeys.get((Long) link[1]));
        }
        skillsOf.values().forEach(list -> list.sort(Comparator.naturalOrder()));
        Map<Long, List<RoadmapDocument.Resource>> resourcesOf = new HashMap<>();
        for (Object[] row : nodes.findResources(roadmap.getId())) {
            LearningResource resource = (LearningResource) row[1];
            resourcesOf.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add(new RoadmapDocument.Resource(
                    resource.kind().name().toLowerCase(Locale.ROOT), resource.title(), resource.url()));
        }
        List<RoadmapDocument.Stage> stages = active.stream().filter(node -> node.getKind() == NodeKind.STAGE)
                .map(stage -> new RoadmapDocument.Stage(stage.getKey(), stage.getTitle(),
                        stage.getMinMonths() == null ? null
                                : new RoadmapDocument.Months(stage.getMinMonths(), stage.getMaxMonths()),
                        children.getOrDefault(stage.getId(), List.of()).stream()
                                .map(topic -> new RoadmapDocument.Topic(topic.getKey(), topic.getTitle(),
                                        topic.getDescription(), skillsOf.getOrDefault(topic.getId(), List.of()),
                                        children.getOrDefault(topic.getId(), List.of()).stream()
                                                .map(sub -> new RoadmapDocument.Subtopic(sub.getKey(), sub.getTitle()))
                                                .toList(),
                                        resourcesOf.getOrDefault(topic.getId(), List.of())))
                                .toList()))
                .toList();
        return new RoadmapDocument(roadmap.getKey(), roadmap.getContentVersion(), roadmap.getTitle(),
                roadmap.getDescription(), stages);
    }

    private Map<String, Skill> skillsByKey() {
        return skills.findAll().stream().collect(Collectors.toMap(Skill::getKey, Function.identity()));
    }
}
