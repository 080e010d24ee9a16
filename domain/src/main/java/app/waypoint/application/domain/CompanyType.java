package app.waypoint.application.domain;

/** The guide's three kinds of employer, each with its own strategy checklist in interview prep. */
public enum CompanyType {
    LARGE("company-large-finance"),
    STARTUP("company-startup"),
    AI("company-ai-specialist");

    private final String checklistKey;

    CompanyType(String checklistKey) {
        this.checklistKey = checklistKey;
    }

    /** The built-in interview checklist with this kind's strategy. */
    public String checklistKey() {
        return checklistKey;
    }
}
