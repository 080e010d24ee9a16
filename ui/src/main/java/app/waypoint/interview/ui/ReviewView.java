package app.waypoint.interview.ui;

import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.ui.Conflicts;
import app.waypoint.base.service.NotFoundException;
import app.waypoint.base.ui.Notifications;
import app.waypoint.base.ui.Refusals;
import app.waypoint.interview.domain.ReviewGrade;
import app.waypoint.interview.service.DueTomorrow;
import app.waypoint.interview.service.QuestionBankService;
import app.waypoint.interview.service.ReviewCard;
import app.waypoint.interview.service.ReviewQueue;
import app.waypoint.interview.service.ReviewSummary;
import app.waypoint.interview.service.Wait;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.Text;
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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A review session made for a thumb: one due card at a time, the answer revealed on a tap, four large
 * grade buttons that say when the card comes back (minutes for a learning step, days after), and a button that
 * takes back the last grade. A card graded Again comes back in the same session; the session ends with what it
 * held and what tomorrow holds. On a keyboard:
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
    private final Clock clock;
    private ReviewCard current;
    private boolean answerShown;
    /** The grades given in this session, the latest on top, and each card's version as this session last saw it. */
    private final Deque<Graded> graded = new ArrayDeque<>();
    private final Map<Long, Long> seenVersions = new HashMap<>();
    private final Instant startedAt;
    private Instant lastGradedAt;
    private int gradesGiven;
    private int againGiven;

    private record Graded(long cardId, ReviewGrade grade) {
    }

    ReviewView(QuestionBankService bank, Clock clock) {
        this.bank = bank;
        this.clock = clock;
        this.startedAt = clock.instant();
        addClassNames("page", "review-view");
        progress.addClassNames("hint", "review-left");
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
        RouterLink settings = new RouterLink(getTranslation("review.settings-link"), ReviewSettingsView.class);
        settings.addClassName("review-settings-link");
        RouterLink stats = new RouterLink(getTranslation("review-stats.link"), ReviewStatsView.class);
        stats.addClassName("review-stats-link");
        Paragraph links = new Paragraph(settings, new Text(" · "), stats);
        links.addClassName("review-links");
        add(new H1(getTranslation("review.title")), progress, cardBox, undo, keys, links);
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
        ReviewQueue queue = bank.queue();
        progress.setText(getTranslation("review.left", queue.newLeft(), queue.stepsLeft(), queue.reviewsLeft()));
        if (queue.next() != null) {
            show(queue.next());
            return;
        }
        cardBox.removeAll();
        current = null;
        answerShown = false;
        if (queue.stepComesBackAt() != null) {
            Button check = new Button(getTranslation("review.check-again"), click -> next());
            cardBox.add(new Paragraph(getTranslation("review.step-waiting", clockTime(queue.stepComesBackAt()))), check);
            return;
        }
        ReviewSummary summary = bank.summary();
        if (summary.totalCards() == 0) {
            cardBox.add(new Paragraph(getTranslation("review.empty")));
        } else {
            cardBox.add(new Paragraph(getTranslation("review.done")));
            if (gradesGiven > 0) {
                long minutes = Math.max(1, (Duration.between(startedAt, lastGradedAt).toSeconds() + 59) / 60);
                Paragraph tally = new Paragraph(getTranslation("review.session", gradesGiven,
                        Math.round(100.0 * againGiven / gradesGiven), minutes));
                tally.addClassName("review-session");
                cardBox.add(tally);
            }
            DueTomorrow tomorrow = bank.tomorrow();
            Paragraph ahead = new Paragraph(getTranslation("review.tomorrow", tomorrow.reviews(), tomorrow.newCards(),
                    summary.streakDays()));
            ahead.addClassName("review-tomorrow");
            cardBox.add(ahead);
        }
        cardBox.add(new RouterLink(getTranslation("review.to-questions"), QuestionsView.class));
    }

    private String clockTime(Instant moment) {
        LocalTime time = LocalTime.ofInstant(moment, bank.timeZone());
        return time.format(DateTimeFormatter.ofPattern("HH:mm"));
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
        Map<ReviewGrade, Wait> waits = bank.nextWaits(current.id());
        Div grades = new Div();
        grades.addClassName("grade-buttons");
        for (ReviewGrade grade : ReviewGrade.values()) {
            Button button = new Button(getTranslation("review.grade." + grade.name()) + " · "
                    + waitText(waits.get(grade)));
            button.addClassName("grade-" + grade.name().toLowerCase());
            button.setId("grade-" + grade.name());
            button.addClickListener(click -> grade(grade));
            grades.add(button);
        }
        cardBox.add(answer, grades);
    }

    void grade(ReviewGrade grade) {
        try {
            // The next card is shown below either way, which is the latest state after a conflict too.
            Conflicts.attempt(() -> {
                ReviewCard reviewed = bank.review(current.id(), grade, current.version());
                graded.push(new Graded(reviewed.id(), grade));
                tally(grade, 1);
                lastGradedAt = clock.instant();
                seenVersions.put(reviewed.id(), reviewed.version());
                undo.setVisible(true);
            }, "review.conflict", () -> { });
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
        Graded last = graded.pop();
        long cardId = last.cardId();
        undo.setVisible(!graded.isEmpty());
        try {
            Conflicts.attempt(() -> {
                ReviewCard restored = bank.undoLastReview(cardId, seenVersions.get(cardId));
                seenVersions.put(cardId, restored.version());
                tally(last.grade(), -1);
                ReviewQueue queue = bank.queue();
                progress.setText(getTranslation("review.left", queue.newLeft(), queue.stepsLeft(),
                        queue.reviewsLeft()));
                show(restored);
                Notifications.success(getTranslation("review.undone"));
            }, "review.undo.conflict", this::next);
        } catch (NotFoundException | InvalidInputException refused) {
            Refusals.show(refused);
            next();
        }
    }

    private void tally(ReviewGrade grade, int change) {
        gradesGiven += change;
        if (grade == ReviewGrade.AGAIN) {
            againGiven += change;
        }
    }

    /** "1 min", "10 min", "3 d", "1.5 mo", "2.1 y", as Anki writes the waits on its buttons. */
    private String waitText(Wait wait) {
        if (wait.inMinutes()) {
            return getTranslation("review.minutes", wait.minutes());
        }
        if (wait.days() < 30) {
            return getTranslation("review.days", wait.days());
        }
        if (wait.days() < 365) {
            return getTranslation("review.months", String.format(getLocale(), "%.1f", wait.days() / 30.0));
        }
        return getTranslation("review.years", String.format(getLocale(), "%.1f", wait.days() / 365.0));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.title") + " · Waypoint";
    }
}
