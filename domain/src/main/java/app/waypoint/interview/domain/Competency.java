package app.waypoint.interview.domain;

/**
 * The practical competencies the guide says interviewers probe; each is proved by a STAR story and answers one
 * item of the built-in "practical competencies" checklist.
 */
public enum Competency {
    PERFORMANCE("performance-improvement-case"),
    COST("cost-optimisation"),
    TEAMWORK("team-collaboration"),
    PROBLEM_SOLVING("problem-solving-process");

    /** The built-in checklist that lists these competencies. */
    public static final String CHECKLIST_KEY = "practical-competencies";

    private final String checklistItemKey;

    Competency(String checklistItemKey) {
        this.checklistItemKey = checklistItemKey;
    }

    public String checklistItemKey() {
        return checklistItemKey;
    }
}
