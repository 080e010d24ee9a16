package app.waypoint.interview.service;

import java.time.LocalDate;

/**
 * Where a card another feature made came from, for a link back: the page's path, what it was there (a
 * translation key) and on which day.
 */
public record CardOrigin(String path, String what, LocalDate on) {
}
