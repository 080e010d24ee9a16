package app.waypoint.interview.domain;

/** What a mock interview practised; it also decides the category of cards made from its follow-ups. */
public enum MockInterviewKind {
    TECHNICAL(QuestionCategory.ML),
    SYSTEM_DESIGN(QuestionCategory.SYSTEM_DESIGN),
    CODING(QuestionCategory.BACKEND_CS),
    BEHAVIOURAL(QuestionCategory.BEHAVIOURAL),
    PROJECT(QuestionCategory.PROJECT);

    private final QuestionCategory cardCategory;

    MockInterviewKind(QuestionCategory cardCategory) {
        this.cardCategory = cardCategory;
    }

    public QuestionCategory cardCategory() {
        return cardCategory;
    }
}
