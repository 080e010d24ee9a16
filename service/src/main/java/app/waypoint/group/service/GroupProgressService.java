package app.waypoint.group.service;

import app.waypoint.application.domain.JobApplicationRepository;
import app.waypoint.account.service.CurrentUser;
import app.waypoint.activity.domain.ActivityEvent;
import app.waypoint.activity.service.StreakLoader;
import app.waypoint.base.service.MarkdownRenderer;
import app.waypoint.base.service.NotFoundException;
import app.waypoint.group.domain.GroupMember;
import app.waypoint.group.domain.GroupMemberRepository;
import app.waypoint.group.domain.GroupRoadmapRepository;
import app.waypoint.roadmap.domain.NodeKind;
import app.waypoint.roadmap.domain.NodeProgressRepository;
import app.waypoint.roadmap.domain.ProgressStatus;
import app.waypoint.roadmap.domain.Roadmap;
import app.waypoint.roadmap.domain.RoadmapNode;
import app.waypoint.roadmap.domain.RoadmapNodeRepository;
import app.waypoint.roadmap.domain.RoadmapRepository;
import app.waypoint.roadmap.service.Progress;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a group sees of its members: the progress board of an adopted roadmap and the activity feed, each only
 * from members who share it, in a fixed number of statements whatever the group's size.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class GroupProgressService {

    public static final int FEED_PAGE_SIZE = 20;

    private final GroupAccess access;
    private final GroupMemberRepository members;
    private final GroupRoadmapRepository groupRoadmaps;
    private final RoadmapRepository roadmaps;
    private final RoadmapNodeRepository nodes;
    private final NodeProgressRepository progress;
    private final MemberNames memberNames;
    private final MarkdownRenderer markdown;
    private final StreakLoader streakLoader;
    private final CurrentUser currentUser;

    private final JobApplicationRepository applications;

    GroupProgressService(GroupAccess access, GroupMemberRepository members, GroupRoadmapRepository groupRoadmaps,
                         RoadmapRepository roadmaps, RoadmapNodeRepository nodes, NodeProgressRepository progress,
                         MemberNames memberNames, MarkdownRenderer markdown, StreakLoader streakLoader,
                         CurrentUser currentUser, JobApplicationRepository applications) {
        this.applications = applications;
        this.streakLoader = streakLoader;
        this.markdown = markdown;
        this.access = access;
        this.members = members;
        this.groupRoadmaps = groupRoadmaps;
        this.roadmaps = roadmaps;
        this.nodes = nodes;
        this.progress = progress;
        this.memberNames = memberNames;
        this.currentUser = currentUser;
    }

    /** Member × stage progress on a roadmap the group adopted. */
    public GroupBoard board(long groupId, String roadmapKey) {
        access.member(groupId);
        Roadmap roadmap = roadmaps.findByKey(roadmapKey)
                .filter(found -> groupRoadmaps.existsByGroupIdAndRoadmapId(groupId, found.getId()))
                .orElseThrow(() -> new NotFoundException("group roadmap " + roadmapKey));
        List<GroupMember> all = members.findByGroupIdOrderByJoinedAtAscIdAsc(groupId);
        Map<Long, String> names = memberNames.of(all);
        List<RoadmapNode> active = nodes.findActiveByRoadmapIdIn(List.of(roadmap.getId()));
        List<RoadmapNode> stages = active.stream().filter(node -> node.getKind() == NodeKind.STAGE)
                .sorted(Comparator.comparingInt(RoadmapNode::getPosition)).toList();
        Map<Long, List<Long>> topicsByStage = active.stream().filter(node -> node.getKind() == NodeKind.TOPIC)
                .collect(Collectors.groupingBy(node -> node.getParent().getId(),
                        Collectors.mapping(RoadmapNode::getId, Collectors.toList())));

        long me = currentUser.id();
        List<Long> visible = all.stream().filter(m -> m.isShareProgress() || m.getAccountId() == me)
                .map(GroupMember::getAccountId).toList();
        Map<Long, Map<Long, ProgressStatus>> statuses = new HashMap<>();
        for (Object[] row : progress.findTopicStatuses(visible, roadmap.getId())) {
            statuses.computeIfAbsent((Long) row[0], id -> new HashMap<>()).put((Long) row[1], (ProgressStatus) row[2]);
        }
        Map<Long, Integer> streaks = streakLoader.streaks(all.stream()
                .filter(m -> m.isShareActivity() || m.getAccountId() == me).map(GroupMember::getAccountId).toList());
        List<GroupBoard.Row> rows = new ArrayList<>();
        for (GroupMember member : all) {
            Integer streak = streaks.get(member.getAccountId());
            if (!visible.contains(member.getAccountId())) {
                rows.add(new GroupBoard.Row(member.getAccountId(), names.get(member.getAccountId()), false,
                        List.of(), 0, streak));
                continue;
            }
            Map<Long, ProgressStatus> mine = statuses.getOrDefault(member.getAccountId(), Map.of());
            List<Integer> percents = new ArrayList<>();
            Progress overall = Progress.NONE;
            for (RoadmapNode stage : stages) {
                Progress stageProgress = Progress.of(topicsByStage.getOrDefault(stage.getId(), List.of()).stream()
                        .map(topic -> mine.getOrDefault(topic, ProgressStatus.NOT_STARTED)).toList());
                percents.add(stageProgress.percent());
                overall = overall.plus(stageProgress);
            }
            rows.add(new GroupBoard.Row(member.getAccountId(), names.get(member.getAccountId()), true, percents,
                    overall.percent(), streak));
        }
        return new GroupBoard(roadmap.getKey(), roadmap.getTitle(), stages.stream().map(RoadmapNode::getTitle).toList(),
                rows, sharedNotes(all, roadmap, active, names));
    }

    private List<GroupBoard.SharedNote> sharedNotes(List<GroupMember> all, Roadmap roadmap, List<RoadmapNode> active,
                                                    Map<Long, String> names) {
        List<Long> sharing = all.stream().filter(GroupMember::isShareNotes).map(GroupMember::getAccountId).toList();
        if (sharing.isEmpty()) {
            return List.of();
        }
        Map<Long, RoadmapNode> byId = active.stream().collect(Collectors.toMap(RoadmapNode::getId, node -> node));
        List<GroupBoard.SharedNote> notes = new ArrayList<>();
        for (Object[] row : progress.findNotes(sharing, roadmap.getId())) {
            RoadmapNode node = byId.get((Long) row[1]);
            if (node != null) {
                notes.add(new GroupBoard.SharedNote(names.get((Long) row[0]), node.getTitle(),
                        markdown.toSafeHtml((String) row[2])));
            }
        }
        return notes;
    }

    /** One page of the feed, newest first: page 0 is the latest {@value #FEED_PAGE_SIZE} events. */
    public FeedPage feed(long groupId, int page) {
        access.member(groupId);
        Slice<ActivityEvent> events = members.findFeed(groupId, PageRequest.of(Math.max(page, 0), FEED_PAGE_SIZE));
        Map<Long, String> names = memberNames.of(members.findByGroupIdOrderByJoinedAtAscIdAsc(groupId));
        return new FeedPage(events.stream().map(event -> new FeedPage.Item(names.get(event.getAccountId()),
                event.getKind(), event.getSubject(), event.getOccurredAt())).toList(), events.hasNext());
    }

    /**
     * The job-hunt counts of the members who chose to share them, in joining order; two statements. Companies
     * never leave their owner.
     */
    public List<PipelineRow> pipelines(long groupId) {
        access.member(groupId);
        List<GroupMember> sharing = members.findByGroupIdOrderByJoinedAtAscIdAsc(groupId).stream()
                .filter(GroupMember::isSharePipeline).toList();
        if (sharing.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = memberNames.of(sharing);
        Map<Long, Object[]> counts = new HashMap<>();
        for (Object[] row : applications.countPipelines(sharing.stream().map(GroupMember::getAccountId).toList())) {
            counts.put(((Number) row[0]).longValue(), row);
        }
        List<PipelineRow> rows = new ArrayList<>();
        for (GroupMember member : sharing) {
            Object[] row = counts.get(member.getAccountId());
            rows.add(row == null ? new PipelineRow(member.getAccountId(), names.get(member.getAccountId()), 0, 0, 0, 0)
                    : new PipelineRow(member.getAccountId(), names.get(member.getAccountId()),
                    ((Number) row[1]).intValue(), ((Number) row[2]).intValue(), ((Number) row[3]).intValue(),
                    ((Number) row[4]).intValue()));
        }
        return rows;
    }
}
