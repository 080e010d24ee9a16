package app.waypoint.group.service;

import app.waypoint.account.service.AccountService;
import app.waypoint.account.service.CurrentUser;
import app.waypoint.base.service.ConcurrentEditException;
import app.waypoint.base.service.FieldProblem;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.service.NotFoundException;
import app.waypoint.base.service.WebLinks;
import app.waypoint.group.domain.Attendance;
import app.waypoint.group.domain.FineSettlement;
import app.waypoint.group.domain.FineSettlementRepository;
import app.waypoint.group.domain.GroupHouseRule;
import app.waypoint.group.domain.GroupHouseRuleRepository;
import app.waypoint.group.domain.GroupMember;
import app.waypoint.group.domain.GroupMemberRepository;
import app.waypoint.group.domain.GroupSchedule;
import app.waypoint.group.domain.GroupScheduleRepository;
import app.waypoint.group.domain.GroupSession;
import app.waypoint.group.domain.GroupSessionRepository;
import app.waypoint.group.domain.SessionAttendance;
import app.waypoint.group.domain.SessionAttendanceRepository;
import app.waypoint.group.domain.Rsvp;
import app.waypoint.group.domain.SessionRsvp;
import app.waypoint.group.domain.SessionRsvpRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static app.waypoint.base.service.TextInput.blankToNull;
import static app.waypoint.base.service.TextInput.length;

/**
 * A group's weekly sessions: owner and admins set the schedule, the house rule and each session's details and keep
 * the register; every member answers for themselves, checks themselves in, and sees the register and the tallies.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class SessionService {

    private final GroupAccess access;
    private final GroupMemberRepository members;
    private final GroupSessionRepository sessions;
    private final SessionAttendanceRepository attendance;
    private final SessionRsvpRepository rsvps;
    private final GroupScheduleRepository schedules;
    private final GroupHouseRuleRepository houseRules;
    private final FineSettlementRepository settlements;
    private final MemberNames memberNames;
    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final Clock clock;

    @SuppressWarnings("checkstyle:ParameterNumber") // one repository per table of the sessions tab
    SessionService(GroupAccess access, GroupMemberRepository members, GroupSessionRepository sessions,
                   SessionAttendanceRepository attendance, SessionRsvpRepository rsvps,
                   GroupScheduleRepository schedules, GroupHouseRuleRepository houseRules,
                   FineSettlementRepository settlements, MemberNames memberNames, CurrentUser currentUser,
                   AccountService accounts, Clock clock) {
        this.rsvps = rsvps;
        this.schedules = schedules;
        this.houseRules = houseRules;
        this.settlements = settlements;
        this.accounts = accounts;
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

    /**
     * Sessions, rates, schedule and house rule with tallies in at most eight statements, however many sessions and
     * members (the membership, schedule and rule in one). Reading it sets up the sessions the weekly schedule keeps ahead, each day once.
     */
    public SessionsOverview overview(long groupId) {
        Object[] membership = schedules.findMembershipWithRules(groupId, currentUser.id()).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("group " + groupId));
        Optional<GroupSchedule> schedule = Optional.ofNullable((GroupSchedule) membership[1]);
        Optional<GroupHouseRule> rule = Optional.ofNullable((GroupHouseRule) membership[2]);
        LocalDateTime now = now();
        List<GroupSession> read = sessions.findByGroupIdOrderByHeldOnDescIdDesc(groupId);
        List<GroupSession> all = schedule.isPresent() && setUpAhead(schedule.get(), read, now.toLocalDate())
                ? sessions.findByGroupIdOrderByHeldOnDescIdDesc(groupId) : read;
        List<GroupMember> people = members.findByGroupIdOrderByJoinedAtAscIdAsc(groupId);
        Map<Long, String> names = memberNames.of(people);
        Map<Long, Map<Long, Attendance>> bySession = new HashMap<>();
        for (SessionAttendance record : attendance.findByGroupId(groupId)) {
            bySession.computeIfAbsent(record.getSessionId(), id -> new HashMap<>())
                    .put(record.getAccountId(), record.getStatus());
        }
        Map<Long, Map<Long, Rsvp>> answers = new HashMap<>();
        for (SessionRsvp answer : rsvps.findByGroupId(groupId)) {
            answers.computeIfAbsent(answer.getSessionId(), id -> new HashMap<>())
                    .put(answer.getAccountId(), answer.getAnswer());
        }
        List<SessionsOverview.Session> rows = all.stream()
                .map(session -> new SessionsOverview.Session(session.getId(), session.getHeldOn(), session.getTopic(),
                        session.getStartsAt(), session.getPlace(), session.getAgenda(), session.getVersion(),
                        bySession.getOrDefault(session.getId(), Map.of()),
                        answers.getOrDefault(session.getId(), Map.of()),
                        !session.getHeldOn().isBefore(now.toLocalDate()), session.checkInOpenAt(now)))
                .toList();
        List<SessionsOverview.Rate> rates = new ArrayList<>();
        for (GroupMember member : people) {
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
        List<SessionsOverview.Tally> tallies = rule.map(found -> tallies(groupId, found, people, names, all, bySession,
                YearMonth.from(now))).orElse(List.of());
        return new SessionsOverview(rows, rates, schedule.map(SessionService::shown),
                rule.map(found -> new SessionsOverview.HouseRule(found.getAllowedAbsences(), found.getFineWon(),
                        found.getVersion())), tallies);
    }

    private List<SessionsOverview.Tally> tallies(long groupId, GroupHouseRule rule, List<GroupMember> people,
                                                 Map<Long, String> names, List<GroupSession> all,
                                                 Map<Long, Map<Long, Attendance>> bySession, YearMonth thisMonth) {
        Map<Long, List<FineSettlement>> paid = new HashMap<>();
        settlements.findByGroupId(groupId).forEach(settlement ->
                paid.computeIfAbsent(settlement.getAccountId(), id -> new ArrayList<>()).add(settlement));
        List<SessionsOverview.Tally> tallies = new ArrayList<>();
        for (GroupMember member : people) {
            List<LocalDate> absences = all.stream()
                    .filter(session -> SessionTallies.unexcused(
                            bySession.getOrDefault(session.getId(), Map.of()).get(member.getAccountId())))
                    .map(GroupSession::getHeldOn).toList();
            tallies.add(SessionTallies.of(member.getAccountId(), names.get(member.getAccountId()), absences,
                    paid.getOrDefault(member.getAccountId(), List.of()), rule, thisMonth));
        }
        return tallies;
    }

    private static SessionsOverview.Schedule shown(GroupSchedule schedule) {
        return new SessionsOverview.Schedule(schedule.getWeekday(), schedule.getStartsAt(), schedule.getPlace(),
                schedule.getTopic(), schedule.getVersion());
    }

    /**
     * Sets up the schedule's sessions on the days ahead it has not set up yet, skipping a day that already has a
     * session; returns whether it added any.
     */
    private boolean setUpAhead(GroupSchedule schedule, List<GroupSession> existing, LocalDate today) {
        List<LocalDate> days = schedule.daysToSetUp(today);
        if (days.isEmpty()) {
            return false;
        }
        Set<LocalDate> taken = existing.stream().map(GroupSession::getHeldOn).collect(Collectors.toSet());
        boolean added = false;
        for (LocalDate day : days) {
            if (taken.add(day)) {
                sessions.save(GroupSession.scheduled(schedule, day, clock.instant()));
                added = true;
            }
        }
        schedules.setUpThrough(schedule.getGroupId(), schedule.lastDayAhead(today));
        return added;
    }

    /**
     * Sets the weekly schedule (a new one with {@code expectedVersion} null); the sessions it set up ahead make way
     * for the new ones, past and today's sessions stay as they were.
     */
    public void setSchedule(long groupId, DayOfWeek weekday, LocalTime startsAt, String place, String topic,
                            Long expectedVersion) {
        access.runner(groupId);
        Optional<GroupSchedule> existing = schedules.findById(groupId);
        refuseStale(existing.map(GroupSchedule::getVersion), expectedVersion);
        List<FieldProblem> problems = new ArrayList<>();
        if (weekday == null) {
            problems.add(new FieldProblem("weekday", "schedule.weekday.required"));
        }
        if (startsAt == null) {
            problems.add(new FieldProblem("startsAt", "session.time.required"));
        }
        checkTopic(topic, problems);
        checkPlace(place, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        LocalDate today = now().toLocalDate();
        dropScheduledAhead(groupId, today);
        GroupSchedule schedule = existing.orElseGet(() -> new GroupSchedule(groupId));
        schedule.change(weekday, startsAt, blankToNull(place), topic.strip());
        schedules.saveAndFlush(schedule);
        setUpAhead(schedule, sessions.findByGroupIdOrderByHeldOnDescIdDesc(groupId), today);
    }

    /** Removes the weekly schedule and the sessions it set up after today; past and today's sessions stay. */
    public void removeSchedule(long groupId, long expectedVersion) {
        access.runner(groupId);
        GroupSchedule schedule = schedules.findById(groupId).orElseThrow(ConcurrentEditException::new);
        if (schedule.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        dropScheduledAhead(groupId, now().toLocalDate());
        schedules.delete(schedule);
    }

    private void dropScheduledAhead(long groupId, LocalDate today) {
        sessions.deleteAll(sessions.findByGroupIdAndFromScheduleTrueAndHeldOnAfter(groupId, today));
        sessions.flush();
    }

    /** Sets the house rule (a new one with {@code expectedVersion} null). */
    public void setHouseRule(long groupId, Integer allowedAbsences, Integer fineWon, Long expectedVersion) {
        access.runner(groupId);
        Optional<GroupHouseRule> existing = houseRules.findById(groupId);
        refuseStale(existing.map(GroupHouseRule::getVersion), expectedVersion);
        List<FieldProblem> problems = new ArrayList<>();
        if (allowedAbsences == null || allowedAbsences < 0 || allowedAbsences > GroupHouseRule.MAX_ALLOWED_ABSENCES) {
            problems.add(new FieldProblem("allowedAbsences", "house-rule.allowed.invalid"));
        }
        if (fineWon == null || fineWon < 0 || fineWon > GroupHouseRule.MAX_FINE_WON) {
            problems.add(new FieldProblem("fineWon", "house-rule.fine.invalid"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        GroupHouseRule rule = existing.orElseGet(() -> new GroupHouseRule(groupId));
        rule.change(allowedAbsences, fineWon);
        houseRules.saveAndFlush(rule);
    }

    /** Drops the house rule; recorded settlements stay, should the group take a rule up again. */
    public void removeHouseRule(long groupId, long expectedVersion) {
        access.runner(groupId);
        GroupHouseRule rule = houseRules.findById(groupId).orElseThrow(ConcurrentEditException::new);
        if (rule.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        houseRules.delete(rule);
    }

    /** Records that a member paid {@code amountWon} of what they owe; never more than they owe. */
    public void settle(long groupId, long accountId, long amountWon) {
        GroupMember me = access.runner(groupId);
        SessionsOverview.Tally tally = overview(groupId).tallies().stream()
                .filter(found -> found.accountId() == accountId).findFirst()
                .orElseThrow(() -> new NotFoundException("member " + accountId));
        if (amountWon <= 0 || amountWon > tally.owed()) {
            throw new InvalidInputException("amountWon", "house-rule.settle.invalid");
        }
        settlements.save(new FineSettlement(groupId, accountId, Math.toIntExact(amountWon), me.getAccountId(),
                clock.instant()));
    }

    /** Changes a session's topic, time, place and agenda; refused if another admin saved it first. */
    public void describeSession(long groupId, long sessionId, String topic, LocalTime startsAt, String place,
                                String agenda, long expectedVersion) {
        access.runner(groupId);
        GroupSession session = session(groupId, sessionId);
        if (session.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        List<FieldProblem> problems = new ArrayList<>();
        checkTopic(topic, problems);
        checkPlace(place, problems);
        if (length(agenda == null ? null : agenda.strip()) > GroupSession.MAX_AGENDA) {
            problems.add(new FieldProblem("agenda", "session.agenda.too-long"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        session.describe(topic.strip(), startsAt, blankToNull(place), blankToNull(agenda));
        sessions.saveAndFlush(session);
    }

    /** The caller's own answer to a session that is today or ahead. */
    public void answer(long groupId, long sessionId, Rsvp answer) {
        GroupMember me = access.member(groupId);
        GroupSession session = session(groupId, sessionId);
        if (answer == null) {
            throw new InvalidInputException("answer", "session.rsvp.required");
        }
        if (session.getHeldOn().isBefore(now().toLocalDate())) {
            throw new InvalidInputException("answer", "session.rsvp.past");
        }
        rsvps.findBySessionIdAndAccountId(sessionId, me.getAccountId())
                .ifPresentOrElse(found -> found.answer(answer),
                        () -> rsvps.save(new SessionRsvp(sessionId, me.getAccountId(), answer)));
    }

    /** Marks the caller present, while the session's check-in is open; the register is theirs to correct no more. */
    public void checkIn(long groupId, long sessionId) {
        GroupMember me = access.member(groupId);
        GroupSession session = session(groupId, sessionId);
        if (!session.checkInOpenAt(now())) {
            throw new InvalidInputException("checkIn", "session.check-in.closed");
        }
        attendance.findBySessionIdAndAccountId(sessionId, me.getAccountId())
                .ifPresentOrElse(record -> record.mark(Attendance.PRESENT),
                        () -> attendance.save(new SessionAttendance(sessionId, me.getAccountId(), Attendance.PRESENT)));
    }

    /** A form for a new schedule or rule while another admin made one, or one for a version since changed. */
    private static void refuseStale(Optional<Long> version, Long expectedVersion) {
        if (!version.equals(Optional.ofNullable(expectedVersion))) {
            throw new ConcurrentEditException();
        }
    }

    private static void checkTopic(String topic, List<FieldProblem> problems) {
        if (topic == null || topic.isBlank()) {
            problems.add(new FieldProblem("topic", "session.topic.required"));
        } else if (length(topic.strip()) > GroupSession.MAX_TOPIC) {
            problems.add(new FieldProblem("topic", "session.topic.too-long"));
        }
    }

    /** A place is free text, but what looks like a link must be a real http(s) address, never javascript: or so. */
    private static void checkPlace(String place, List<FieldProblem> problems) {
        String given = blankToNull(place);
        if (given == null) {
            return;
        }
        if (length(given) > GroupSession.MAX_PLACE) {
            problems.add(new FieldProblem("place", "session.place.too-long"));
        } else if (looksLikeLink(given) && !WebLinks.isHttp(given)) {
            problems.add(new FieldProblem("place", "session.place.bad-link"));
        }
    }

    private static boolean looksLikeLink(String place) {
        String lower = place.toLowerCase(Locale.ROOT);
        // a scheme right before text ("javascript:…", "zoom:…"), not a label before a space ("2층: 회의실")
        return lower.contains("://") || lower.startsWith("www.") || lower.matches("^[a-z][a-z0-9+.-]*:\\S.*");
    }

    /** The caller's wall-clock time in their own time zone, as sessions are read. */
    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(accounts.currentProfile().timeZone()));
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
