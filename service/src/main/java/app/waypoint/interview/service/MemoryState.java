package app.waypoint.interview.service;

/**
 * What FSRS knows of one card: stability (days until recall drops to 90 %) and difficulty (1 to 10).
 */
public record MemoryState(double stability, double difficulty) {
}
