package app.waypoint.group.service;

import app.waypoint.application.domain.JobApplicationRepository;
import app.waypoint.account.service.CurrentUser;
import app.waypoint.activity.domain.ActivityEvent;
import app.waypoint.base.domain.ActivityKind;
import app.waypoint.activity.service.StreakLoader;
import app.waypoint.base.service.NotFoundException;
import app.waypoint.group.domain.GroupMember;
import app.waypoint.group.domain.GroupMemberRepository;
import app.waypoint.group.domain.GroupRoadmapRepository;
import app.waypoint.roadmap.domain.Roadmap;
import app.waypoint.roadmap.service.PeopleProgress;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a group sees of its members: the progress board of an adopted roadmap (by stage or by topic, and each
 * member's own share of it) and the activity feed, each only from members who share it, in a fixed number of
 * statements whatever the group's size.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class GroupProgressService {

    public static final int FEED_PAGE_SIZE = 20;

    private final GroupAccess access;
    private final GroupMemberRepository members;
    private final GroupRoadmapRepository groupRoadmaps;
    private final PeopleProgress peopleProgress;
    private final MemberNames memberNames;
    private final StreakLoader streakLoader;
    private final CurrentUser currentUser;

    private final JobApplicationRepository applications;
    private final FeedReactions feedReactions;

    GroupProgressService(GroupAccess access, GroupMemberRepository members, GroupRoadmapRepository groupRoadmaps,
                         PeopleProgress peopleProgress, MemberNames memberNames, StreakLoader streakLoader,
                         CurrentUser currentUser, JobApplicationRepository applications, FeedReactions feedReactions) {
        this.feedReactions = feedReactions;
        this.applications = applications;
        this.streakLoader = streakLoader;
        this.access = access;
        this.members = members;
        this.groupRoadmaps = groupRoadmaps;
        this.peopleProgress = peopleProgress;
        this.memberNames = memberNames;
        this.currentUser = currentUser;
    }

    /** Member × stage progress on a roadmap the group adopted. */
    public GroupBoard board(long groupId, String roadmapKey) {
        access.member(groupId);
        Roadmap roadmap = adopted(groupId, roadmapKey);
        List<GroupMember> all = members.findByGroupIdOrderByJoinedAtAscIdAsc(groupId);
        return board(all, memberNames.of(all), roadmap);
    }

    /**
     * Topic × member statuses on a roadmap the group adopted, from the members whose progress the caller sees; six
     * statements whatever the group's size.
     */
    public GroupTopicBoard topicBoard(long groupId, String roadmapKey) {
        access.member(groupId);
        Roadmap roadmap = adopted(groupId, roadmapKey);
        List<GroupMember> all = members.findByGroupIdOrderByJoinedAtAscIdAsc(groupId);
        Map<Long, String> names = memberNames.of(all);
        long me = currentUser.id();
        List<GroupTopicBoard.Member> shown = new ArrayList<>();
        List<GroupTopicBoard.Member> hidden = new ArrayList<>();
        for (GroupMember member : all) {
            GroupTopicBoard.Member named = new GroupTopicBoard.Member(member.getAccountId(),
                    names.get(member.getAccountId()));
            (progressShown(member, me) ? shown : hidden).add(named);
        }
        PeopleProgress.Topics topics = peopleProgress.topics(roadmap.getId(),
                shown.stream().map(GroupTopicBoard.Member::accountId).toList(), List.of());
        List<GroupTopicBoard.Stage> stages = topics.stages().stream().map(stage -> new GroupTopicBoard.Stage(
                stage.title(), stage.topics().stream().map(topic -> new GroupTopicBoard.Topic(topic.id(),
                        topic.title(), shown.stream().map(member -> topics.status(member.accountId(), topic.id()))
                        .toList())).toList())).toList();
        return new GroupTopicBoard(roadmap.getKey(), roadmap.getTitle(), shown, stages, hidden);
    }

    /**
     * What one member of the group shows it on an adopted roadmap: their topics with status if they share their
     * progress, their notes if they share those. Someone not (or no longer) in the group is not found.
     */
    public GroupMemberShare memberShare(long groupId, String roadmapKey, long accountId) {
        access.member(groupId);
        Roadmap roadmap = adopted(groupId, roadmapKey);
        GroupMember member = members.findByGroupIdAndAccountId(groupId, accountId)
                .orElseThrow(() -> new NotFoundException("group member " + accountId));
        boolean me = accountId == currentUser.id();
        boolean progressShown = progressShown(member, currentUser.id());
        PeopleProgress.Topics topics = peopleProgress.topics(roadmap.getId(),
                progressShown ? List.of(accountId) : List.of(), member.isShareNotes() ? List.of(accountId) : List.of());
        Map<Long, String> notes = new HashMap<>();
        topics.notes().forEach(note -> notes.put(note.nodeId(), note.notesHtml()));
        List<GroupMemberShare.Stage> stages = new ArrayList<>();
        for (PeopleProgress.Stage stage : topics.stages()) {
            List<GroupMemberShare.Topic> shared = stage.topics().stream()
                    .filter(topic -> progressShown || notes.containsKey(topic.id()))
                    .map(topic -> new GroupMemberShare.Topic(topic.title(),
                            progressShown ? topics.status(accountId, topic.id()) : null, notes.get(topic.id())))
                    .toList();
            if (!shared.isEmpty()) {
                stages.add(new GroupMemberShare.Stage(stage.title(), shared));
            }
        }
        return new GroupMemberShare(accountId, memberNames.ofAccounts(List.of(accountId)).get(accountId), me,
                member.isShareProgress(), member.isShareNotes(), roadmap.getTitle(), stages);
    }

    private Roadmap adopted(long groupId, String roadmapKey) {
        return groupRoadmaps.findAdoptedRoadmaps(groupId).stream()
                .filter(adopted -> adopted.getKey().equals(roadmapKey)).findFirst()
                .orElseThrow(() -> new NotFoundException("group roadmap " + roadmapKey));
    }

    /** The caller sees the progress of members who share it, and always their own. */
    private static boolean progressShown(GroupMember member, long me) {
        return member.isShareProgress() || member.getAccountId() == me;
    }

    /** The board of a group whose members (in joining order) and their names the caller has read already. */
    GroupBoard board(List<GroupMember> all, Map<Long, String> names, Roadmap roadmap) {
        long me = currentUser.id();
        List<Long> visible = all.stream().filter(m -> progressShown(m, me)).map(GroupMember::getAccountId).toList();
        PeopleProgress.Board figures = peopleProgress.of(roadmap.getId(), visible,
                all.stream().filter(GroupMember::isShareNotes).map(GroupMember::getAccountId).toList());
        StreakLoader.TogetherStreaks shared = streakLoader.together(all.stream().filter(GroupMember::isShareActivity)
                .map(GroupMember::getAccountId).toList());
        Map<Long, Integer> streaks = new HashMap<>(shared.each());
        if (!streaks.containsKey(me)) {
            streaks.putAll(streakLoader.streaks(List.of(me)));
        }
        List<GroupBoard.Row> rows = new ArrayList<>();
        for (GroupMember member : all) {
            long id = member.getAccountId();
            PeopleProgress.Standing standing = figures.standings().get(id);
            rows.add(standing == null
                    ? new GroupBoard.Row(id, names.get(id), false, List.of(), 0, streaks.get(id))
                    : new GroupBoard.Row(id, names.get(id), true, standing.stagePercents(), standing.overallPercent(),
                    streaks.get(id)));
        }
        List<GroupBoard.SharedNote> notes = figures.notes().stream()
                .map(note -> new GroupBoard.SharedNote(names.get(note.accountId()), note.topic(), note.notesHtml()))
                .toList();
        return new GroupBoard(roadmap.getKey(), roadmap.getTitle(), figures.stages(), rows, notes,
                new GroupBoard.Together(shared.together(), shared.each().size()));
    }

    /** One page of the feed, newest first: page 0 is the latest {@value #FEED_PAGE_SIZE} events. */
    public FeedPage feed(long groupId, int page) {
        return feed(groupId, null, page);
    }

    /** One page of the feed of one kind of activity (every kind for null), newest first, with its reactions. */
    public FeedPage feed(long groupId, ActivityKind kind, int page) {
        access.member(groupId);
        Slice<ActivityEvent> events = members.findFeed(groupId,
                kind == null ? EnumSet.allOf(ActivityKind.class) : EnumSet.of(kind),
                PageRequest.of(Math.max(page, 0), FEED_PAGE_SIZE));
        Map<Long, String> names = memberNames.of(members.findByGroupIdOrderByJoinedAtAscIdAsc(groupId));
        Map<Long, List<FeedPage.Reactions>> reactions = events.isEmpty() ? Map.of()
                : feedReactions.of(groupId, events.stream().map(ActivityEvent::getId).toList());
        return new FeedPage(events.stream().map(event -> new FeedPage.Item(event.getId(),
                names.get(event.getAccountId()), event.getKind(), event.getSubject(), event.getOccurredAt(),
                reactions.getOrDefault(event.getId(), List.of()))).toList(), events.hasNext());
    }

    /**
     * The job-hunt counts of the members who chose to share them, in joining order; two statements. Companies
     * never leave their owner.
     */
    public List<PipelineRow> pipelines(long groupId) {
        access.member(groupId);
        List<GroupMember> all = members.findByGroupIdOrderByJoinedAtAscIdAsc(groupId);
        return pipelines(all, memberNames.of(all));
    }

    /** The pipelines of a group whose members (in joining order) and their names the caller has read already. */
    List<PipelineRow> pipelines(List<GroupMember> all, Map<Long, String> names) {
        List<GroupMember> sharing = all.stream().filter(GroupMember::isSharePipeline).toList();
        if (sharing.isEmpty()) {
            return List.of();
        }
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
