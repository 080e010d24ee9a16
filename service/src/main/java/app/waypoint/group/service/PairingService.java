package app.waypoint.group.service;

import app.waypoint.account.service.AccountService;
import app.waypoint.account.service.CurrentUser;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.group.domain.GroupMember;
import app.waypoint.group.domain.GroupMemberRepository;
import app.waypoint.group.domain.MockPairing;
import app.waypoint.group.domain.MockPairingRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Weekly mock-interview pairs: owner and admins draw them, every member sees who they practise with. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class PairingService {

    private final GroupAccess access;
    private final GroupMemberRepository members;
    private final MockPairingRepository pairings;
    private final MemberNames memberNames;
    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final Clock clock;
    private final PairDrawer drawer = new PairDrawer(new SecureRandom());

    PairingService(GroupAccess access, GroupMemberRepository members, MockPairingRepository pairings,
                   MemberNames memberNames, CurrentUser currentUser, AccountService accounts, Clock clock) {
        this.access = access;
        this.members = members;
        this.pairings = pairings;
        this.memberNames = memberNames;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PairingView thisWeek(long groupId) {
        access.member(groupId);
        LocalDate week = weekStart();
        Map<Long, String> names = memberNames.of(members.findByGroupIdOrderByJoinedAtAscIdAsc(groupId));
        List<List<Long>> groups = pairings.findByGroupIdAndWeekStart(groupId, week).stream()
                .map(MockPairing::people).toList();
        long me = currentUser.id();
        List<String> mine = groups.stream().filter(group -> group.contains(me)).findFirst()
                .map(group -> group.stream().filter(id -> id != me).map(names::get).toList()).orElse(List.of());
        return new PairingView(week, groups.stream().map(group -> group.stream().map(names::get).toList()).toList(),
                mine);
    }

    /** Draws this week's pairs anew, avoiding last week's pairs where the group's size allows. */
    public void draw(long groupId) {
        access.runner(groupId);
        List<Long> people = members.findByGroupIdOrderByJoinedAtAscIdAsc(groupId).stream()
                .map(GroupMember::getAccountId).toList();
        if (people.size() < 2) {
            throw new InvalidInputException("pairing", "pairing.too-few");
        }
        LocalDate week = weekStart();
        Set<Set<Long>> lastWeek = PairDrawer.pairsWithin(pairings.findByGroupIdAndWeekStart(groupId,
                week.minusWeeks(1)).stream().map(MockPairing::people).toList());
        pairings.deleteByGroupIdAndWeekStart(groupId, week);
        for (List<Long> group : drawer.draw(people, lastWeek)) {
            pairings.save(new MockPairing(groupId, week, group, clock.instant()));
        }
    }

    /** Weeks start on Monday, in the caller's time zone. */
    private LocalDate weekStart() {
        return LocalDate.now(clock.withZone(accounts.currentProfile().timeZone()))
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
