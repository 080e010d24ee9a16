package app.waypoint.group.service;

import app.waypoint.account.service.CurrentUser;
import app.waypoint.base.service.FieldProblem;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.service.NotFoundException;
import app.waypoint.group.domain.Attendance;
import app.waypoint.group.domain.GroupMember;
import app.waypoint.group.domain.GroupMemberRepository;
import app.waypoint.group.domain.GroupSession;
import app.waypoint.group.domain.GroupSessionRepository;
import app.waypoint.group.domain.SessionAttendance;
import app.waypoint.group.domain.SessionAttendanceRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static app.waypoint.base.service.TextInput.length;

/** A group's weekly sessions and attendance: owner and admins keep the register, every member sees it. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class SessionService {


    private final GroupAccess access;
    private final GroupMemberRepository members;
    private final GroupSessionRepository sessions;
    private final SessionAttendanceRepository attendance;
    private final MemberNames memberNames;
    private final CurrentUser currentUser;
    private final Clock clock;

    SessionService(GroupAccess access, GroupMemberRepository members, GroupSessionRepository sessions,
                   SessionAttendanceRepository attendance, MemberNames memberNames, CurrentUser currentUser,
                   Clock clock) {
        this.currentUser = currentUser;
        this.access = access;
        this.members = members;
        this.sessions = sessions;
        this.attendance = attendance;
        this.memberNames = memberNames;
        this.clock = clock;
    }

    /** The next session, on or after {@code from}, of each of the caller's groups, soonest first. */
    @Transactional(readOnly = true)
    public List<UpcomingSession> nextSessions(LocalDate from) {
        return sessions.findNextSessions(currentUser.id(), from).stream()
                .map(row -> new UpcomingSession((Long) row[0], (String) row[1], (LocalDate) row[2], (String) row[3]))
                .toList();
    }

    /** Sessions and rates in five statements, however many sessions and members. */
    @Transactional(readOnly = true)
    public SessionsOverview overview(long groupId) {
        access.member(groupId);
        List<GroupMember> all = members.findByGroupIdOrderByJoinedAtAscIdAsc(groupId);
        Map<Long, String> names = memberNames.of(all);
        Map<Long, Map<Long, Attendance>> bySession = new HashMap<>();
        for (SessionAttendance record : attendance.findByGroupId(groupId)) {
            bySession.computeIfAbsent(record.getSessionId(), id -> new HashMap<>())
                    .put(record.getAccountId(), record.getStatus());
        }
        List<SessionsOverview.Session> rows = sessions.findByGroupIdOrderByHeldOnDescIdDesc(groupId).stream()
                .map(session -> new SessionsOverview.Session(session.getId(), session.getHeldOn(), session.getTopic(),
                        bySession.getOrDefault(session.getId(), Map.of())))
                .toList();
        List<SessionsOverview.Rate> rates = new ArrayList<>();
        for (GroupMember member : all) {
            int present = 0;
            int counted = 0;
            for (Map<Long, Attendance> register : bySession.values()) {
                Attendance status = register.get(member.getAccountId());
                if (status == Attendance.PRESENT || status == Attendance.ABSENT) {
                    counted++;
                    present += status == Attendance.PRESENT ? 1 : 0;
                }
            }
            rates.add(new SessionsOverview.Rate(member.getAccountId(), names.get(member.getAccountId()), present,
                    counted));
        }
        return new SessionsOverview(rows, rates);
    }

    public long addSession(long groupId, LocalDate heldOn, String topic) {
        access.runner(groupId);
        List<FieldProblem> problems = new ArrayList<>();
        if (heldOn == null) {
            problems.add(new FieldProblem("heldOn", "session.date.required"));
        }
        if (topic == null || topic.isBlank()) {
            problems.add(new FieldProblem("topic", "session.topic.required"));
        } else if (length(topic.strip()) > GroupSession.MAX_TOPIC) {
            problems.add(new FieldProblem("topic", "session.topic.too-long"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return sessions.save(new GroupSession(groupId, heldOn, topic.strip(), clock.instant())).getId();
    }

    /** Marks one member's attendance at one of the group's sessions. */
    public void mark(long groupId, long sessionId, long accountId, Attendance status) {
        access.runner(groupId);
        GroupSession session = session(groupId, sessionId);
        if (members.findByGroupIdAndAccountId(groupId, accountId).isEmpty()) {
            throw new NotFoundException("member " + accountId);
        }
        attendance.findBySessionIdAndAccountId(session.getId(), accountId)
                .ifPresentOrElse(record -> record.mark(status),
                        () -> attendance.save(new SessionAttendance(session.getId(), accountId, status)));
    }

    public void deleteSession(long groupId, long sessionId) {
        access.runner(groupId);
        sessions.delete(session(groupId, sessionId));
    }

    private GroupSession session(long groupId, long sessionId) {
        return sessions.findById(sessionId).filter(found -> found.getGroupId() == groupId)
                .orElseThrow(() -> new NotFoundException("session " + sessionId));
    }
}
