package app.waypoint.base.service;

import java.util.List;

/** Thrown by a service when its input breaks a rule; nothing has been changed. */
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super("Invalid input: " + problems);
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String field, String messageKey) {
        this(List.of(new FieldProblem(field, messageKey)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
