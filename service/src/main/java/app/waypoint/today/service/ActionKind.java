package app.waypoint.today.service;

/** The kinds of next step the home page can suggest; the first four are a new person's first steps. */
public enum ActionKind {
    SET_TARGET,
    START_ROADMAP,
    LOAD_STARTER_QUESTIONS,
    PLAN_PROJECT,
    REVIEW_CARDS,
    CONTINUE_TOPIC,
    RESOLVE_PROBLEM,
    SOLVE_PROBLEM,
    WRITE_STORY,
    LOG_MOCK_INTERVIEW,
    FINISH_PROJECT,
    COVER_COMPONENT;

    public boolean isFirstStep() {
        return ordinal() <= PLAN_PROJECT.ordinal();
    }
}
