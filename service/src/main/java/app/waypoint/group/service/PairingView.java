package app.waypoint.group.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * This week's mock-interview partners: every pair (or trio) by name with whether it held its interview, the members
 * left out of the draw (who joined after it, or were the odd one out of a redraw), and the caller's own pair.
 */
public record PairingView(LocalDate weekStart, List<Pair> pairs, List<String> unpaired) {

    public boolean drawn() {
        return !pairs.isEmpty();
    }

    public Optional<Pair> myPair() {
        return pairs.stream().filter(Pair::mine).findFirst();
    }

    public List<String> myPartners() {
        return myPair().map(Pair::partners).orElse(List.of());
    }

    /**
     * One pair: everyone's names, the caller's partners in it when it is {@code mine}, and the first day an interview
     * logged from it was held (null while none is).
     */
    public record Pair(long id, List<String> names, boolean mine, List<String> partners, LocalDate heldOn) {

        public boolean held() {
            return heldOn != null;
        }
    }
}
