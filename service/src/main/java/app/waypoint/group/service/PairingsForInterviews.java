package app.waypoint.group.service;

import app.waypoint.account.service.CurrentUser;
import app.waypoint.group.domain.GroupMemberRepository;
import app.waypoint.group.domain.MockPairing;
import app.waypoint.group.domain.MockPairingRepository;
import app.waypoint.interview.service.InterviewPairings;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** A member's pairings, for the mock-interview log: a pairing counts only while its person is in its group. */
@Component
class PairingsForInterviews implements InterviewPairings {

    private final MockPairingRepository pairings;
    private final GroupMemberRepository members;
    private final MemberNames memberNames;
    private final CurrentUser currentUser;

    PairingsForInterviews(MockPairingRepository pairings, GroupMemberRepository members, MemberNames memberNames,
                          CurrentUser currentUser) {
        this.pairings = pairings;
        this.members = members;
        this.memberNames = memberNames;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<List<String>> partnersOf(long pairingId) {
        long me = currentUser.id();
        return pairings.findById(pairingId)
                .filter(pairing -> pairing.people().contains(me))
                .filter(pairing -> members.findByGroupIdAndAccountId(pairing.getGroupId(), me).isPresent())
                .map(pairing -> partnerNames(pairing, me));
    }

    @Override
    public Map<Long, List<Long>> myPairings() {
        return pairings.findOfMember(currentUser.id()).stream()
                .collect(Collectors.toMap(MockPairing::getId, MockPairing::people));
    }

    private List<String> partnerNames(MockPairing pairing, long me) {
        List<Long> others = pairing.people().stream().filter(id -> id != me).toList();
        Map<Long, String> names = memberNames.ofAccounts(others);
        return others.stream().map(names::get).toList();
    }
}
