package app.waypoint.interview.ui;

import app.waypoint.base.service.ConcurrentEditException;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.service.NotFoundException;
import app.waypoint.base.ui.Notifications;
import app.waypoint.base.ui.Refusals;
import app.waypoint.interview.domain.ReviewGrade;
import app.waypoint.interview.service.QuestionBankService;
import app.waypoint.interview.service.ReviewCard;
import app.waypoint.interview.service.ReviewSummary;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
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

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A review session made for a thumb: one due card at a time, the answer revealed on a tap, four large
 * grade buttons that say when the card comes back, and a button that takes back the last grade. On a keyboard:
 * Space shows the answer, 1 to 4 grade, Ctrl+Z or Cmd+Z takes back; the keys count only inside this view, so
 * typing elsewhere never grades.
 */
@Route("interview/review")
@PermitAll
public class ReviewView extends Main implements HasDynamicTitle {

    final Span progress = new Span();
    final Div cardBox = new Div();
    final Button reveal = new Button();
    final Button undo = new Button();

    private final QuestionBankService bank;
    private ReviewCard current;
    private boolean answerShown;
    /** The cards graded in this session, the latest on top, and each one's version as this session last saw it. */
    private final Deque<Long> graded = new ArrayDeque<>();
    private final Map<Long, Long> seenVersions = new HashMap<>();

    ReviewView(QuestionBankService bank) {
        this.bank = bank;
        addClassNames("page", "review-view");
        progress.addClassName("hint");
        cardBox.addClassNames("card", "review-card");
        reveal.setText(getTranslation("review.reveal"));
        reveal.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        reveal.addClickListener(click -> showAnswer());
        undo.setText(getTranslation("review.undo"));
        undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        undo.addClassName("review-undo");
        undo.addClickListener(click -> undoLastGrade());
        undo.setVisible(false);
        Paragraph keys = new Paragraph(getTranslation("review.keys"));
        keys.addClassNames("hint", "review-keys");
        add(new H1(getTranslation("review.title")), progress, cardBox, undo, keys);
        addShortcuts();
        next();
    }

    /**
     * Keys work wherever the focus is on the page while the review is shown (the page has no text field to type
     * in), and stop with it: the view owns the shortcuts.
     */
    private void addShortcuts() {
        Shortcuts.addShortcutListener(this, () -> {
            if (current != null && !answerShown) {
                showAnswer();
            }
        }, Key.SPACE);
        ReviewGrade[] grades = ReviewGrade.values();
        Key[] digits = {Key.DIGIT_1, Key.DIGIT_2, Key.DIGIT_3, Key.DIGIT_4};
        Key[] numpad = {Key.NUMPAD_1, Key.NUMPAD_2, Key.NUMPAD_3, Key.NUMPAD_4};
        for (int i = 0; i < grades.length; i++) {
            ReviewGrade grade = grades[i];
            for (Key key : List.of(digits[i], numpad[i])) {
                Shortcuts.addShortcutListener(this, () -> {
                    if (current != null && answerShown) {
                        grade(grade);
                    }
                }, key);
            }
        }
        for (KeyModifier modifier : List.of(KeyModifier.CONTROL, KeyModifier.META)) {
            Shortcuts.addShortcutListener(this, () -> {
                if (!graded.isEmpty()) {
                    undoLastGrade();
                }
            }, Key.KEY_Z, modifier);
        }
    }

    private void next() {
        ReviewSummary summary = bank.summary();
        progress.setText(getTranslation("review.progress", summary.dueToday(), summary.streakDays()));
        List<ReviewCard> due = bank.dueCards();
        if (due.isEmpty()) {
            cardBox.removeAll();
            current = null;
            answerShown = false;
            Paragraph done = new Paragraph(getTranslation(summary.totalCards() == 0 ? "review.empty" : "review.done"));
            cardBox.add(done, new RouterLink(getTranslation("review.to-questions"), QuestionsView.class));
            return;
        }
        show(due.get(0));
    }

    /** Puts a card up with its answer hidden. */
    private void show(ReviewCard card) {
        cardBox.removeAll();
        current = card;
        answerShown = false;
        Span category = new Span(getTranslation("question.category." + current.category().name()));
        category.getElement().getThemeList().add("badge");
        Paragraph question = new Paragraph(current.question());
        question.addClassName("review-question");
        cardBox.add(category, question, reveal);
    }

    private void showAnswer() {
        answerShown = true;
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
            ReviewCard reviewed = bank.review(current.id(), grade, current.version());
            graded.push(reviewed.id());
            seenVersions.put(reviewed.id(), reviewed.version());
            undo.setVisible(true);
        } catch (ConcurrentEditException conflict) {
            Notifications.error(getTranslation("review.conflict"));
        } catch (NotFoundException deletedMeanwhile) {
            Refusals.show(deletedMeanwhile);
        }
        next();
    }

    /** Takes back the session's last grade and puts that card up again, its answer hidden. */
    void undoLastGrade() {
        if (graded.isEmpty()) {
            return;
        }
        long cardId = graded.pop();
        undo.setVisible(!graded.isEmpty());
        try {
            ReviewCard restored = bank.undoLastReview(cardId, seenVersions.get(cardId));
            seenVersions.put(cardId, restored.version());
            ReviewSummary summary = bank.summary();
            progress.setText(getTranslation("review.progress", summary.dueToday(), summary.streakDays()));
            show(restored);
            Notifications.success(getTranslation("review.undone"));
        } catch (ConcurrentEditException conflict) {
            Notifications.error(getTranslation("review.undo.conflict"));
            next();
        } catch (NotFoundException | InvalidInputException refused) {
            Refusals.show(refused);
            next();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.title") + " · Waypoint";
    }
}
