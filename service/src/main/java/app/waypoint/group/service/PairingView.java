package app.waypoint.group.service;

import java.time.LocalDate;
import java.util.List;

/** This week's mock-interview partners: every pair (or trio) by name, and the caller's own partners. */
public record PairingView(LocalDate weekStart, List<List<String>> groups, List<String> myPartners) {

    public boolean drawn() {
        return !groups.isEmpty();
    }
}
