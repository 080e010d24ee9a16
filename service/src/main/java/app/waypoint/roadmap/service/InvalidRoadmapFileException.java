package app.waypoint.roadmap.service;

import java.util.List;

/** A roadmap file that cannot be imported, with every problem found; nothing was stored. */
public class InvalidRoadmapFileException extends RuntimeException {

    private final transient List<ContentProblem> problems;

    public InvalidRoadmapFileException(List<ContentProblem> problems) {
        super("Invalid roadmap file: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<ContentProblem> problems() {
        return problems;
    }
}
