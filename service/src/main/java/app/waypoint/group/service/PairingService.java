package app.waypoint.group.service;

import app.waypoint.account.service.AccountService;
import app.waypoint.account.service.CurrentUser;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.group.domain.GroupMember;
import app.waypoint.group.domain.GroupMemberRepository;
import app.waypoint.group.domain.MockPairing;
import app.waypoint.group.domain.MockPairingRepository;
import app.waypoint.interview.domain.MockInterviewRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Weekly mock-interview pairs: owner and admins draw them, every member sees who they practise with. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class PairingService {

    private final GroupAccess access;
    private final GroupMemberRepository members;
    private final MockPairingRepository pairings;
    private final MockInterviewRepository interviews;
    private final MemberNames memberNames;
    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final Clock clock;
    private final PairDrawer drawer = new PairDrawer(new SecureRandom());

    PairingService(GroupAccess access, GroupMemberRepository members, MockPairingRepository pairings,
                   MockInterviewRepository interviews, MemberNames memberNames, CurrentUser currentUser,
                   AccountService accounts, Clock clock) {
        this.access = access;
        this.members = members;
        this.pairings = pairings;
        this.interviews = interviews;
        this.memberNames = memberNames;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** This week's pairs, which of them held their interview, and who is in none; four statements. */
    @Transactional(readOnly = true)
    public PairingView thisWeek(long groupId) {
        access.member(groupId);
        LocalDate monday = weekStart();
        List<MockPairing> week = pairings.findByGroupIdAndWeekStart(groupId, monday);
        List<Long> memberIds = members.findByGroupIdOrderByJoinedAtAscIdAsc(groupId).stream()
                .map(GroupMember::getAccountId).toList();
        Set<Long> people = new LinkedHashSet<>(memberIds);
        week.forEach(pairing -> people.addAll(pairing.people()));
        Map<Long, String> names = memberNames.ofAccounts(people);
        Map<Long, LocalDate> held = heldOn(week);
        long me = currentUser.id();
        List<PairingView.Pair> pairs = week.stream().map(pairing -> {
            List<Long> together = pairing.people();
            return new PairingView.Pair(pairing.getId(), together.stream().map(names::get).toList(),
                    together.contains(me), together.stream().filter(id -> id != me).map(names::get).toList(),
                    held.get(pairing.getId()));
        }).toList();
        Set<Long> paired = week.stream().flatMap(pairing -> pairing.people().stream()).collect(Collectors.toSet());
        List<String> unpaired = week.isEmpty() ? List.of()
                : memberIds.stream().filter(id -> !paired.contains(id)).map(names::get).toList();
        return new PairingView(monday, pairs, unpaired);
    }

    /**
     * Draws this week's pairs anew, avoiding last week's pairs where the group's size allows. A pair that already
     * logged its interview this week stays as it is; the others are drawn among the rest.
     */
    public void draw(long groupId) {
        access.runner(groupId);
        List<Long> everyone = members.findByGroupIdOrderByJoinedAtAscIdAsc(groupId).stream()
                .map(GroupMember::getAccountId).toList();
        if (everyone.size() < 2) {
            throw new InvalidInputException("pairing", "pairing.too-few");
        }
        LocalDate week = weekStart();
        List<MockPairing> thisWeek = pairings.findByGroupIdAndWeekStart(groupId, week);
        Set<Long> held = heldOn(thisWeek).keySet();
        Set<Long> keptPeople = thisWeek.stream().filter(pairing -> held.contains(pairing.getId()))
                .flatMap(pairing -> pairing.people().stream()).collect(Collectors.toSet());
        pairings.deleteAll(thisWeek.stream().filter(pairing -> !held.contains(pairing.getId())).toList());
        List<Long> people = everyone.stream().filter(id -> !keptPeople.contains(id)).toList();
        if (people.size() < 2) {
            return;
        }
        Set<Set<Long>> lastWeek = PairDrawer.pairsWithin(pairings.findByGroupIdAndWeekStart(groupId,
                week.minusWeeks(1)).stream().map(MockPairing::people).toList());
        for (List<Long> group : drawer.draw(people, lastWeek)) {
            pairings.save(new MockPairing(groupId, week, group, clock.instant()));
        }
    }

    private Map<Long, LocalDate> heldOn(List<MockPairing> week) {
        if (week.isEmpty()) {
            return Map.of();
        }
        return interviews.findHeldPairings(week.stream().map(MockPairing::getId).toList()).stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (LocalDate) row[1]));
    }

    /** Weeks start on Monday, in the caller's time zone. */
    private LocalDate weekStart() {
        return LocalDate.now(clock.withZone(accounts.currentProfile().timeZone()))
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
