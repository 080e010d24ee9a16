package app.waypoint.roadmap.service;

import app.waypoint.account.service.AccountService;
import app.waypoint.account.service.CurrentUser;
import app.waypoint.base.service.ActivityHappened;
import app.waypoint.base.service.ConcurrentEditException;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.service.MarkdownRenderer;
import app.waypoint.base.service.NotFoundException;
import app.waypoint.base.service.NoteAudience;
import app.waypoint.base.service.TopicReopened;
import app.waypoint.base.service.WebLinks;
import app.waypoint.roadmap.domain.EvidenceLink;
import app.waypoint.roadmap.domain.LearningResource;
import app.waypoint.roadmap.domain.NodeKind;
import app.waypoint.roadmap.domain.NodeProgress;
import app.waypoint.roadmap.domain.NodeProgressRepository;
import app.waypoint.roadmap.domain.ProgressStatus;
import app.waypoint.roadmap.domain.Roadmap;
import app.waypoint.roadmap.domain.RoadmapNode;
import app.waypoint.roadmap.domain.RoadmapNodeRepository;
import app.waypoint.roadmap.domain.RoadmapPlan;
import app.waypoint.roadmap.domain.RoadmapPlanRepository;
import app.waypoint.roadmap.domain.RoadmapRepository;
import app.waypoint.skill.domain.Skill;
import app.waypoint.skill.domain.SkillRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import static app.waypoint.base.service.TextInput.length;

/** Roadmaps as one person works through them: what they can see, their progress, notes, evidence and plan. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class RoadmapService {

    public static final int DEFAULT_HOURS_PER_WEEK = 15;

    private final RoadmapRepository roadmaps;
    private final RoadmapNodeRepository nodes;
    private final NodeProgressRepository progress;
    private final RoadmapPlanRepository plans;
    private final SkillRepository skills;
    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final MarkdownRenderer markdown;
    private final NoteAudience noteAudience;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RoadmapService(RoadmapRepository roadmaps, RoadmapNodeRepository nodes, NodeProgressRepository progress,
                   RoadmapPlanRepository plans, SkillRepository skills, CurrentUser currentUser,
                   AccountService accounts, MarkdownRenderer markdown, NoteAudience noteAudience,
                   ApplicationEventPublisher events, Clock clock) {
        this.noteAudience = noteAudience;
        this.events = events;
        this.roadmaps = roadmaps;
        this.nodes = nodes;
        this.progress = progress;
        this.plans = plans;
        this.skills = skills;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.markdown = markdown;
        this.clock = clock;
    }

    /** The built-in roadmaps and the person's own, each with their overall progress. */
    @Transactional(readOnly = true)
    public List<RoadmapSummary> visibleRoadmaps() {
        long me = currentUser.id();
        List<Roadmap> visible = roadmaps.findVisibleTo(me);
        List<Long> ids = visible.stream().map(Roadmap::getId).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ProgressStatus> statuses = progress.findByAccountAndRoadmaps(me, ids).stream()
                .collect(Collectors.toMap(p -> p.getNode().getId(), NodeProgress::getStatus));
        Map<Long, List<RoadmapNode>> nodesByRoadmap = nodes.findActiveByRoadmapIdIn(ids).stream()
                .collect(Collectors.groupingBy(node -> node.getRoadmap().getId()));
        List<RoadmapSummary> summaries = new ArrayList<>();
        for (Roadmap roadmap : visible) {
            List<RoadmapNode> outline = nodesByRoadmap.getOrDefault(roadmap.getId(), List.of());
            Progress overall = Progress.of(outline.stream().filter(node -> node.getKind() == NodeKind.TOPIC)
                    .map(node -> statuses.getOrDefault(node.getId(), ProgressStatus.NOT_STARTED)).toList());
            boolean started = outline.stream().anyMatch(node -> statuses.containsKey(node.getId()));
            int stageCount = (int) outline.stream().filter(node -> node.getKind() == NodeKind.STAGE).count();
            summaries.add(new RoadmapSummary(roadmap.getKey(), roadmap.getTitle(), roadmap.getDescription(),
                    roadmap.isBuiltIn(), stageCount, overall, started));
        }
        return summaries;
    }

    /**
     * The whole outline of a roadmap the person may see, in a fixed number of queries whatever its size.
     * Someone else's roadmap is "not found", like one that does not exist.
     */
    @Transactional(readOnly = true)
    public RoadmapOutline outline(String key) {
        return outline(key, true);
    }

    /**
     * The outline with the figures only: progress overall and per stage, where to continue and the plan, with each
     * topic's status but without its notes, evidence, resources and skills. What a screen needs to bring its
     * figures up to date after a change, without reading and rendering every note again.
     */
    @Transactional(readOnly = true)
    public RoadmapOutline figures(String key) {
        return outline(key, false);
    }

    private RoadmapOutline outline(String key, boolean withCards) {
        long me = currentUser.id();
        Roadmap roadmap = visibleRoadmap(key, me);
        List<RoadmapNode> all = nodes.findByRoadmapId(roadmap.getId());
        Map<Long, List<RoadmapOutline.SkillTag>> skillTags = withCards ? skillTags(roadmap) : Map.of();
        Map<Long, List<LearningResource>> resources = new HashMap<>();
        if (withCards) {
            for (Object[] row : nodes.findResources(roadmap.getId())) {
                resources.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((LearningResource) row[1]);
            }
        }
        Map<Long, NodeState> states = withCards ? states(me, roadmap.getId()) : statuses(me, roadmap.getId());

        Map<Long, List<RoadmapNode>> children = all.stream().filter(node -> !node.isRetired() && node.getParent() != null)
                .sorted(Comparator.comparingInt(RoadmapNode::getPosition))
                .collect(Collectors.groupingBy(node -> node.getParent().getId()));
        List<RoadmapOutline.Stage> stages = new ArrayList<>();
        Progress overall = Progress.NONE;
        Long continueTopic = null;
        Long firstNotStarted = null;
        for (RoadmapNode stage : all.stream().filter(node -> !node.isRetired() && node.getKind() == NodeKind.STAGE)
                .sorted(Comparator.comparingInt(RoadmapNode::getPosition)).toList()) {
            List<RoadmapOutline.Topic> topics = new ArrayList<>();
            for (RoadmapNode topic : children.getOrDefault(stage.getId(), List.of())) {
                NodeState state = states.getOrDefault(topic.getId(), NodeState.UNTOUCHED);
                List<RoadmapOutline.Subtopic> subtopics = children.getOrDefault(topic.getId(), List.of()).stream()
                        .map(sub -> new RoadmapOutline.Subtopic(sub.getId(), sub.getKey(), sub.getTitle(),
                                states.getOrDefault(sub.getId(), NodeState.UNTOUCHED)))
                        .toList();
                topics.add(new RoadmapOutline.Topic(topic.getId(), topic.getKey(), topic.getTitle(),
                        topic.getDescription(), state, skillTags.getOrDefault(topic.getId(), List.of()),
                        resources.getOrDefault(topic.getId(), List.of()), subtopics));
                if (continueTopic == null && state.status() == ProgressStatus.IN_PROGRESS) {
                    continueTopic = topic.getId();
                }
                if (firstNotStarted == null && state.status() == ProgressStatus.NOT_STARTED) {
                    firstNotStarted = topic.getId();
                }
            }
            Progress stageProgress = Progress.of(topics.stream().map(topic -> topic.state().status()).toList());
            overall = overall.plus(stageProgress);
            stages.add(new RoadmapOutline.Stage(stage.getId(), stage.getKey(), stage.getTitle(), stage.getMinMonths(),
                    stage.getMaxMonths(), stageProgress, topics));
        }
        PlanProjection plan = plans.findByAccountIdAndRoadmapId(me, roadmap.getId())
                .map(saved -> PlanProjector.project(saved.getStartDate(), saved.getHoursPerWeek(), saved.getVersion(),
                        stages, today()))
                .orElse(null);
        return new RoadmapOutline(roadmap.getKey(), roadmap.getTitle(), roadmap.getDescription(), roadmap.isBuiltIn(),
                roadmap.isOwnedBy(me), roadmap.getCarriedTopics(), overall, stages,
                continueTopic != null ? continueTopic : firstNotStarted, plan);
    }

    /** The groups that read the caller's notes on this node's roadmap; none means the notes are theirs alone. */
    @Transactional(readOnly = true)
    public List<String> notesReadBy(long nodeId) {
        NodeProgress entry = progressFor(nodeId);
        return noteAudience.groupsSeeingNotes(entry.getAccountId(), entry.getNode().getRoadmap().getId());
    }

    /** The caller's current state on one node, e.g. to continue after a conflicting save. */
    @Transactional(readOnly = true)
    public NodeState currentState(long nodeId) {
        return state(progressFor(nodeId));
    }

    /** Sets a node's status in one step; returns the new state. */
    public NodeState changeStatus(long nodeId, ProgressStatus status) {
        Objects.requireNonNull(status);
        NodeProgress entry = progressFor(nodeId);
        if (entry.getId() == null && status == ProgressStatus.NOT_STARTED) {
            return NodeState.UNTOUCHED; // nothing to remember: not starting is where everyone begins
        }
        RoadmapNode node = entry.getNode();
        boolean topic = node.getKind() == NodeKind.TOPIC;
        boolean wasDone = entry.getStatus() == ProgressStatus.DONE;
        entry.changeStatus(status, clock.instant());
        NodeState saved = save(entry);
        if (topic && !wasDone && status == ProgressStatus.DONE) {
            events.publishEvent(ActivityHappened.topicDone(entry.getAccountId(), node.getRoadmap().getId(),
                    node.getId(), node.getTitle()));
        } else if (topic && wasDone && status != ProgressStatus.DONE) {
            events.publishEvent(new TopicReopened(entry.getAccountId(), node.getId()));
        }
        return saved;
    }

    /**
     * Saves notes written from the state with {@code expectedVersion}; if another tab saved in between, the
     * save is refused so that neither text is lost.
     */
    public NodeState saveNotes(long nodeId, String notes, long expectedVersion) {
        if (notes != null && length(notes) > NodeProgress.MAX_NOTES) {
            throw new InvalidInputException("notes", "roadmap.notes.too-long");
        }
        NodeProgress entry = progressFor(nodeId);
        long current = entry.getId() == null ? -1 : entry.getVersion();
        if (current != expectedVersion) {
            throw new ConcurrentEditException();
        }
        entry.writeNotes(notes, clock.instant());
        return save(entry);
    }

    /** Adds a link to the work behind a node: only absolute http(s) addresses. */
    public NodeState addEvidence(long nodeId, String url, String title) {
        if (!WebLinks.isHttp(url)) {
            throw new InvalidInputException("url", "roadmap.evidence.bad-url");
        }
        if (title != null && length(title) > EvidenceLink.MAX_TITLE) {
            throw new InvalidInputException("title", "roadmap.evidence.title-too-long");
        }
        NodeProgress entry = progressFor(nodeId);
        String clean = url.strip();
        if (entry.getEvidence().stream().anyMatch(link -> link.url().equals(clean))) {
            throw new InvalidInputException("url", "roadmap.evidence.duplicate");
        }
        if (entry.getEvidence().size() >= NodeProgress.MAX_EVIDENCE_LINKS) {
            throw new InvalidInputException("url", "roadmap.evidence.too-many");
        }
        entry.addEvidence(new EvidenceLink(clean, title == null || title.isBlank() ? null : title.strip()),
                clock.instant());
        return save(entry);
    }

    public NodeState removeEvidence(long nodeId, String url) {
        NodeProgress entry = progressFor(nodeId);
        if (entry.getId() == null) {
            return NodeState.UNTOUCHED;
        }
        entry.removeEvidence(url, clock.instant());
        return save(entry);
    }

    /** Starts a roadmap today with a default pace, unless the person already has a plan for it. */
    public void start(String key) {
        long me = currentUser.id();
        Roadmap roadmap = visibleRoadmap(key, me);
        if (plans.findByAccountIdAndRoadmapId(me, roadmap.getId()).isEmpty()) {
            RoadmapPlan plan = new RoadmapPlan(me, roadmap.getId());
            plan.change(today(), DEFAULT_HOURS_PER_WEEK);
            plans.save(plan);
        }
    }

    /**
     * Saves the plan edited from the version {@code expectedVersion} (-1 when there was none); a plan saved
     * in between by another tab is not overwritten.
     */
    public void savePlan(String key, LocalDate startDate, Integer hoursPerWeek, long expectedVersion) {
        if (startDate == null) {
            throw new InvalidInputException("startDate", "roadmap.plan.start-required");
        }
        if (hoursPerWeek == null || hoursPerWeek < 1 || hoursPerWeek > 80) {
            throw new InvalidInputException("hoursPerWeek", "roadmap.plan.hours-range");
        }
        long me = currentUser.id();
        Roadmap roadmap = visibleRoadmap(key, me);
        RoadmapPlan plan = plans.findByAccountIdAndRoadmapId(me, roadmap.getId())
                .orElseGet(() -> new RoadmapPlan(me, roadmap.getId()));
        long current = plan.getId() == null ? -1 : plan.getVersion();
        if (current != expectedVersion) {
            throw new ConcurrentEditException();
        }
        plan.change(startDate, hoursPerWeek);
        plans.save(plan);
    }

    /** Saves one progress entry; a save that lost a race with another tab is a conflict, never an overwrite. */
    private NodeState save(NodeProgress entry) {
        try {
            return state(progress.saveAndFlush(entry));
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException raced) {
            throw new ConcurrentEditException();
        }
    }

    private Roadmap visibleRoadmap(String key, long me) {
        return roadmaps.findByKey(key).filter(roadmap -> roadmap.isVisibleTo(me))
                .orElseThrow(() -> new NotFoundException("roadmap " + key));
    }

    /** The caller's progress entry for a node of a roadmap they may see, new if there is none yet. */
    private NodeProgress progressFor(long nodeId) {
        long me = currentUser.id();
        RoadmapNode node = nodes.findById(nodeId)
                .filter(found -> !found.isRetired() && found.getKind() != NodeKind.STAGE)
                .filter(found -> found.getRoadmap().isVisibleTo(me))
                .orElseThrow(() -> new NotFoundException("node " + nodeId));
        return progress.findByAccountIdAndNodeId(me, nodeId)
                .orElseGet(() -> new NodeProgress(me, node, clock.instant()));
    }

    private Map<Long, List<RoadmapOutline.SkillTag>> skillTags(Roadmap roadmap) {
        Map<Long, Skill> skillsById = skills.findAll().stream().collect(Collectors.toMap(Skill::getId, Function.identity()));
        Map<Long, List<RoadmapOutline.SkillTag>> skillTags = new HashMap<>();
        for (Object[] link : nodes.findSkillLinks(roadmap.getId())) {
            Skill skill = skillsById.get((Long) link[1]);
            skillTags.computeIfAbsent((Long) link[0], id -> new ArrayList<>())
                    .add(new RoadmapOutline.SkillTag(skill.getKey(), skill.getName()));
        }
        skillTags.values().forEach(tags -> tags.sort(Comparator.comparing(RoadmapOutline.SkillTag::key)));
        return skillTags;
    }

    /** Each node's status and dates, without notes or evidence. */
    private Map<Long, NodeState> statuses(long me, long roadmapId) {
        Map<Long, NodeState> states = new HashMap<>();
        for (NodeProgress entry : progress.findByAccountAndRoadmaps(me, List.of(roadmapId))) {
            states.put(entry.getNode().getId(), new NodeState(entry.getStatus(), entry.getStartedAt(),
                    entry.getDoneAt(), null, "", List.of(), entry.getVersion()));
        }
        return states;
    }

    private Map<Long, NodeState> states(long me, long roadmapId) {
        Map<Long, List<EvidenceLink>> evidence = new HashMap<>();
        for (Object[] row : progress.findEvidence(me, roadmapId)) {
            evidence.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((EvidenceLink) row[1]);
        }
        Map<Long, NodeState> states = new HashMap<>();
        for (NodeProgress entry : progress.findByAccountAndRoadmaps(me, List.of(roadmapId))) {
            states.put(entry.getNode().getId(), new NodeState(entry.getStatus(), entry.getStartedAt(), entry.getDoneAt(),
                    entry.getNotes(), markdown.toSafeHtml(entry.getNotes()),
                    evidence.getOrDefault(entry.getId(), List.of()), entry.getVersion()));
        }
        return states;
    }

    private NodeState state(NodeProgress entry) {
        return new NodeState(entry.getStatus(), entry.getStartedAt(), entry.getDoneAt(), entry.getNotes(),
                markdown.toSafeHtml(entry.getNotes()), List.copyOf(entry.getEvidence()),
                entry.getId() == null ? NodeState.UNTOUCHED.version() : entry.getVersion());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(accounts.currentProfile().timeZone()));
    }
}
