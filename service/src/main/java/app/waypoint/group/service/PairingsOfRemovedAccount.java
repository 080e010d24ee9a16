package app.waypoint.group.service;

import app.waypoint.base.service.AccountRemoval;
import app.waypoint.group.domain.MockPairingRepository;
import org.springframework.stereotype.Component;

/**
 * A deleted person's mock-interview pairs end; a trio they were in goes on as a pair, rather than losing the two
 * others' pairing with it as the foreign keys would.
 */
@Component
class PairingsOfRemovedAccount implements AccountRemoval {

    private final MockPairingRepository pairings;

    PairingsOfRemovedAccount(MockPairingRepository pairings) {
        this.pairings = pairings;
    }

    @Override
    public void beforeRemoving(long accountId) {
        pairings.leaveTriosOf(accountId);
        pairings.deletePairsOf(accountId);
    }
}
