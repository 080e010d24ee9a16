package app.waypoint.interview.ui;

import app.waypoint.base.service.ConcurrentEditException;
import app.waypoint.base.service.NotFoundException;
import app.waypoint.base.ui.Notifications;
import app.waypoint.base.ui.Refusals;
import app.waypoint.interview.domain.ReviewGrade;
import app.waypoint.interview.service.QuestionBankService;
import app.waypoint.interview.service.ReviewCard;
import app.waypoint.interview.service.ReviewSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;

import java.util.List;
import java.util.Map;

/**
 * A review session made for a thumb: one due card at a time, the answer revealed on a tap, four large
 * grade buttons that say when the card comes back.
 */
@Route("interview/review")
@PermitAll
public class ReviewView extends Main implements HasDynamicTitle {

    final Span progress = new Span();
    final Div cardBox = new Div();
    final Button reveal = new Button();

    private final QuestionBankService bank;
    private ReviewCard current;

    ReviewView(QuestionBankService bank) {
        this.bank = bank;
        addClassNames("page", "review-view");
        progress.addClassName("hint");
        cardBox.addClassNames("card", "review-card");
        reveal.setText(getTranslation("review.reveal"));
        reveal.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        reveal.addClickListener(click -> showAnswer());
        add(new H1(getTranslation("review.title")), progress, cardBox);
        next();
    }

    private void next() {
        ReviewSummary summary = bank.summary();
        progress.setText(getTranslation("review.progress", summary.dueToday(), summary.streakDays()));
        List<ReviewCard> due = bank.dueCards();
        cardBox.removeAll();
        if (due.isEmpty()) {
            current = null;
            Paragraph done = new Paragraph(getTranslation(summary.totalCards() == 0 ? "review.empty" : "review.done"));
            cardBox.add(done, new RouterLink(getTranslation("review.to-questions"), QuestionsView.class));
            return;
        }
        current = due.get(0);
        Span category = new Span(getTranslation("question.category." + current.category().name()));
        category.getElement().getThemeList().add("badge");
        Paragraph question = new Paragraph(current.question());
        question.addClassName("review-question");
        cardBox.add(category, question, reveal);
    }

    private void showAnswer() {
        cardBox.remove(reveal);
        Paragraph answer = new Paragraph(current.answer() == null ? getTranslation("review.no-answer") : current.answer());
        answer.addClassName("review-answer");
        Map<ReviewGrade, Integer> intervals = bank.intervalsIfGraded(current.id());
        Div grades = new Div();
        grades.addClassName("grade-buttons");
        for (ReviewGrade grade : ReviewGrade.values()) {
            Button button = new Button(getTranslation("review.grade." + grade.name()) + " · "
                    + getTranslation("review.days", intervals.get(grade)));
            button.addClassName("grade-" + grade.name().toLowerCase());
            button.setId("grade-" + grade.name());
            button.addClickListener(click -> grade(grade));
            grades.add(button);
        }
        cardBox.add(answer, grades);
    }

    void grade(ReviewGrade grade) {
        try {
            bank.review(current.id(), grade, current.version());
        } catch (ConcurrentEditException conflict) {
            Notifications.error(getTranslation("review.conflict"));
        } catch (NotFoundException deletedMeanwhile) {
            Refusals.show(deletedMeanwhile);
        }
        next();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.title") + " · Waypoint";
    }
}
