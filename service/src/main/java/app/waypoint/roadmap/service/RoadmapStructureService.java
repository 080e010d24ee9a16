package app.waypoint.roadmap.service;

import app.waypoint.base.domain.LocalizedText;
import app.waypoint.base.domain.WebAddress;
import app.waypoint.base.service.ConcurrentEditException;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.service.NotFoundException;
import app.waypoint.base.service.TextInput;
import app.waypoint.base.service.WebLinks;
import app.waypoint.roadmap.domain.LearningResource;
import app.waypoint.roadmap.domain.NodeKind;
import app.waypoint.roadmap.domain.Roadmap;
import app.waypoint.roadmap.domain.RoadmapNode;
import app.waypoint.roadmap.domain.RoadmapNodeRepository;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import static app.waypoint.base.service.TextInput.blankToNull;
import static app.waypoint.base.service.TextInput.length;

/**
 * Editing one's own roadmap in the app: its title and description, stages with their months, topics with their
 * description, sub-topics and resources, and where each sits. Texts are edited in the language being used; the
 * other language keeps its text. Built-in roadmaps are not editable: they are forked first.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class RoadmapStructureService {

    public static final int MAX_RESOURCES = 20;

    private final OwnRoadmaps access;
    private final RoadmapNodeRepository nodes;

    RoadmapStructureService(OwnRoadmaps access, RoadmapNodeRepository nodes) {
        this.access = access;
        this.nodes = nodes;
    }

    public void addStage(String roadmapKey, String title) {
        Roadmap roadmap = access.owned(roadmapKey);
        String clean = requireTitle(title, "title");
        RoadmapNode stage = new RoadmapNode(roadmap, RoadmapKeys.forNode("stage"), NodeKind.STAGE);
        stage.place(null, access.children(roadmap, null).size());
        stage.describe(new LocalizedText(clean, clean), null);
        nodes.save(stage);
    }

    public void addTopic(long stageId, String title) {
        RoadmapNode stage = access.ownedNode(stageId, NodeKind.STAGE);
        String clean = requireTitle(title, "title");
        RoadmapNode topic = new RoadmapNode(stage.getRoadmap(), RoadmapKeys.forNode("topic"), NodeKind.TOPIC);
        topic.place(stage, access.children(stage.getRoadmap(), stage).size());
        topic.describe(new LocalizedText(clean, clean), null);
        nodes.save(topic);
    }

    /** Renames a stage or topic in the language being used; the other language keeps its text. */
    public void rename(long nodeId, String title, Locale locale) {
        RoadmapNode node = access.ownedNode(nodeId);
        String clean = requireTitle(title, "title");
        node.describe(changedIn(node.getTitle(), clean, locale), node.getDescription());
    }

    /** Moves a stage or topic one place up (-1) or down (+1) among its siblings. */
    public void move(long nodeId, int direction) {
        RoadmapNode node = access.ownedNode(nodeId);
        List<RoadmapNode> siblings = access.children(node.getRoadmap(), node.getParent());
        int index = siblings.indexOf(node);
        int target = index + Integer.signum(direction);
        if (target < 0 || target >= siblings.size()) {
            return;
        }
        siblings.remove(index);
        siblings.add(target, node);
        OwnRoadmaps.renumber(node.getParent(), siblings);
    }

    /**
     * Puts a topic into a stage of the same roadmap, before another topic of that stage, or last when
     * {@code beforeTopicId} is null (or not in that stage). Both stages are numbered anew.
     */
    public void placeTopic(long topicId, long stageId, Long beforeTopicId) {
        RoadmapNode topic = access.ownedNode(topicId, NodeKind.TOPIC);
        RoadmapNode stage = access.ownedNode(stageId, NodeKind.STAGE);
        Roadmap roadmap = topic.getRoadmap();
        if (!stage.getRoadmap().getId().equals(roadmap.getId())) {
            throw new NotFoundException("stage " + stageId);
        }
        RoadmapNode from = topic.getParent();
        List<RoadmapNode> target = access.children(roadmap, stage);
        target.remove(topic);
        int index = target.stream().map(RoadmapNode::getId).toList().indexOf(beforeTopicId);
        target.add(index < 0 ? target.size() : index, topic);
        OwnRoadmaps.renumber(stage, target);
        if (!from.getId().equals(stage.getId())) {
            OwnRoadmaps.renumber(from, access.children(roadmap, from));
        }
    }

    /** Puts a stage before another stage, or last when {@code beforeStageId} is null. */
    public void placeStage(long stageId, Long beforeStageId) {
        RoadmapNode stage = access.ownedNode(stageId, NodeKind.STAGE);
        List<RoadmapNode> stages = access.children(stage.getRoadmap(), null);
        stages.remove(stage);
        int index = stages.stream().map(RoadmapNode::getId).toList().indexOf(beforeStageId);
        stages.add(index < 0 ? stages.size() : index, stage);
        OwnRoadmaps.renumber(null, stages);
    }

    /** Deletes a stage or topic with everything under it, and the owner's progress on it. */
    public void delete(long nodeId) {
        RoadmapNode node = access.ownedNode(nodeId);
        RoadmapNode parent = node.getParent();
        Roadmap roadmap = node.getRoadmap();
        nodes.delete(node);
        nodes.flush();
        OwnRoadmaps.renumber(parent, access.children(roadmap, parent));
    }

    @Transactional(readOnly = true)
    public RoadmapDraft roadmapDraft(String key, Locale locale) {
        Roadmap roadmap = access.owned(key);
        return new RoadmapDraft(roadmap.getKey(), in(roadmap.getTitle(), locale),
                roadmap.getDescription() == null ? null : in(roadmap.getDescription(), locale), roadmap.getVersion());
    }

    public void saveRoadmap(RoadmapDraft draft, Locale locale) {
        Roadmap roadmap = access.owned(draft.key());
        requireVersion(roadmap.getVersion(), draft.version());
        String title = requireTitle(draft.title(), "title");
        String description = description(draft.description());
        roadmap.describe(changedIn(roadmap.getTitle(), title, locale),
                changedIn(roadmap.getDescription(), description, locale));
    }

    @Transactional(readOnly = true)
    public StageDraft stageDraft(long stageId, Locale locale) {
        RoadmapNode stage = access.ownedNode(stageId, NodeKind.STAGE);
        return new StageDraft(stage.getId(), in(stage.getTitle(), locale), stage.getMinMonths(), stage.getMaxMonths(),
                stage.getVersion());
    }

    public void saveStage(StageDraft draft, Locale locale) {
        RoadmapNode stage = access.ownedNode(draft.id(), NodeKind.STAGE);
        requireVersion(stage.getVersion(), draft.version());
        String title = requireTitle(draft.title(), "title");
        Integer min = draft.minMonths();
        Integer max = draft.maxMonths();
        if (outOfRange(min) || outOfRange(max) || (min == null) != (max == null) || (min != null && min > max)) {
            throw new InvalidInputException("months", "roadmap.edit.months-range");
        }
        stage.describe(changedIn(stage.getTitle(), title, locale), stage.getDescription());
        stage.estimateMonths(min, max);
    }

    @Transactional(readOnly = true)
    public TopicDraft topicDraft(long topicId, Locale locale) {
        RoadmapNode topic = access.ownedNode(topicId, NodeKind.TOPIC);
        List<String> subtopics = access.children(topic.getRoadmap(), topic).stream()
                .map(sub -> in(sub.getTitle(), locale)).toList();
        return new TopicDraft(topic.getId(), in(topic.getTitle(), locale),
                topic.getDescription() == null ? null : in(topic.getDescription(), locale), subtopics,
                topic.getResources(), topic.getVersion());
    }

    /**
     * Saves a topic as edited. A sub-topic whose title is kept keeps its node, and so everyone's tick on it;
     * a new title is a new sub-topic; a sub-topic no longer listed goes, with the ticks on it.
     */
    public void saveTopic(TopicDraft draft, Locale locale) {
        RoadmapNode topic = access.ownedNode(draft.id(), NodeKind.TOPIC);
        requireVersion(topic.getVersion(), draft.version());
        String title = requireTitle(draft.title(), "title");
        String description = description(draft.description());
        List<String> subtopics = subtopics(draft.subtopics());
        List<LearningResource> resources = resources(draft.resources());
        topic.describe(changedIn(topic.getTitle(), title, locale), changedIn(topic.getDescription(), description,
                locale));
        topic.recommend(resources);
        keepSubtopics(topic, subtopics, locale);
        try {
            nodes.flush();
        } catch (OptimisticLockingFailureException raced) {
            throw new ConcurrentEditException();
        }
        if (nodes.countEdit(topic.getId(), topic.getVersion()) == 0) {
            throw new ConcurrentEditException();
        }
    }

    private void keepSubtopics(RoadmapNode topic, List<String> titles, Locale locale) {
        List<RoadmapNode> existing = access.children(topic.getRoadmap(), topic);
        List<RoadmapNode> kept = new ArrayList<>();
        for (String title : titles) {
            RoadmapNode sub = existing.stream().filter(node -> in(node.getTitle(), locale).strip().equals(title))
                    .findFirst().orElse(null);
            if (sub != null) {
                existing.remove(sub);
            } else {
                sub = new RoadmapNode(topic.getRoadmap(), RoadmapKeys.forNode("subtopic"), NodeKind.SUBTOPIC);
                sub.describe(new LocalizedText(title, title), null);
                sub.place(topic, kept.size());
                sub = nodes.save(sub);
            }
            kept.add(sub);
        }
        nodes.deleteAll(existing);
        OwnRoadmaps.renumber(topic, kept);
    }

    private static List<String> subtopics(List<String> lines) {
        List<String> titles = lines.stream().map(TextInput::blankToNull).filter(Objects::nonNull).toList();
        if (titles.size() > RoadmapDocumentCheck.MAX_SUBTOPICS_PER_TOPIC) {
            throw new InvalidInputException("subtopics", "roadmap.edit.too-many-subtopics");
        }
        Set<String> seen = new HashSet<>();
        for (String title : titles) {
            if (length(title) > RoadmapDocumentCheck.MAX_TITLE) {
                throw new InvalidInputException("subtopics", "roadmap.edit.subtopic-too-long");
            }
            if (!seen.add(title)) {
                throw new InvalidInputException("subtopics", "roadmap.edit.subtopic-twice");
            }
        }
        return titles;
    }

    private static List<LearningResource> resources(List<LearningResource> resources) {
        if (resources.size() > MAX_RESOURCES) {
            throw new InvalidInputException("resources", "roadmap.edit.too-many-resources");
        }
        List<LearningResource> clean = new ArrayList<>();
        for (LearningResource resource : resources) {
            String title = blankToNull(resource.title());
            String url = blankToNull(resource.url());
            if (title == null || length(title) > RoadmapDocumentCheck.MAX_RESOURCE_TITLE || resource.kind() == null) {
                throw new InvalidInputException("resources", "roadmap.edit.resource-title");
            }
            if (url != null && (length(url) > WebAddress.MAX_LENGTH || !WebLinks.isHttp(url))) {
                throw new InvalidInputException("resources", "roadmap.edit.resource-url");
            }
            clean.add(new LearningResource(resource.kind(), title, url));
        }
        return clean;
    }

    private static String description(String description) {
        String clean = blankToNull(description);
        if (length(clean) > RoadmapDocumentCheck.MAX_DESCRIPTION) {
            throw new InvalidInputException("description", "roadmap.edit.description-too-long");
        }
        return clean;
    }

    private static boolean outOfRange(Integer months) {
        return months != null && (months < 0 || months > 60);
    }

    private static void requireVersion(long current, long expected) {
        if (current != expected) {
            throw new ConcurrentEditException();
        }
    }

    static String requireTitle(String title, String field) {
        return TextInput.required(title, field, RoadmapDocumentCheck.MAX_TITLE, "roadmap.custom.title-required",
                "roadmap.custom.title-too-long");
    }

    private static boolean korean(Locale locale) {
        return Locale.KOREAN.getLanguage().equals(locale.getLanguage());
    }

    private static String in(LocalizedText text, Locale locale) {
        return korean(locale) ? text.ko() : text.en();
    }

    /**
     * The text with the language being used changed. A new text (none before) is taken for both languages; a
     * text emptied in both languages is no text.
     */
    private static LocalizedText changedIn(LocalizedText old, String text, Locale locale) {
        if (old == null) {
            return text == null ? null : new LocalizedText(text, text);
        }
        LocalizedText changed = korean(locale) ? new LocalizedText(text, old.en()) : new LocalizedText(old.ko(), text);
        return changed.ko() == null && changed.en() == null ? null : changed;
    }
}
