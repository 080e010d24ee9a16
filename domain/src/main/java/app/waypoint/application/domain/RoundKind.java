package app.waypoint.application.domain;

import app.waypoint.interview.domain.QuestionCategory;

/** The kinds of interview round, and the question-bank category their questions go to. */
public enum RoundKind {
    PHONE_SCREEN(QuestionCategory.BEHAVIOURAL),
    CODING_TEST(QuestionCategory.BACKEND_CS),
    ASSIGNMENT(QuestionCategory.PROJECT),
    TECHNICAL(QuestionCategory.BACKEND_CS),
    CULTURE_FIT(QuestionCategory.BEHAVIOURAL),
    EXECUTIVE(QuestionCategory.BEHAVIOURAL),
    OTHER(QuestionCategory.BEHAVIOURAL);

    private final QuestionCategory cardCategory;

    RoundKind(QuestionCategory cardCategory) {
        this.cardCategory = cardCategory;
    }

    public QuestionCategory cardCategory() {
        return cardCategory;
    }
}
