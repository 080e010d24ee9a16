package app.waypoint.interview.ui;

import app.waypoint.base.domain.Language;
import app.waypoint.base.ui.CardsInBatches;
import app.waypoint.base.ui.Notifications;
import app.waypoint.base.ui.Texts;
import app.waypoint.interview.domain.QuestionCategory;
import app.waypoint.interview.service.CardOrigin;
import app.waypoint.interview.service.QuestionBankService;
import app.waypoint.interview.service.ReviewCard;
import app.waypoint.interview.service.ReviewSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;

import java.util.List;
import java.util.Map;

/** The person's interview questions with their answers, and the way into today's review. */
@Route("interview/questions")
@PermitAll
public class QuestionsView extends Main implements HasDynamicTitle {

    final Button addStarter = new Button();
    final Button addQuestion = new Button();
    final Select<QuestionCategory> categoryFilter = new Select<>();
    final Div list = new Div();

    private final QuestionBankService bank;

    QuestionsView(QuestionBankService bank) {
        this.bank = bank;
        addClassNames("page", "questions-view");
        addStarter.setText(getTranslation("questions.add-starter"));
        addStarter.setIcon(VaadinIcon.PLUS_CIRCLE_O.create());
        addStarter.addClickListener(click -> {
            int added = bank.addStarterSet(Language.of(getLocale()));
            Notifications.success(getTranslation("questions.starter-added", added));
            show();
        });
        addQuestion.setText(getTranslation("questions.add"));
        addQuestion.setIcon(VaadinIcon.PLUS.create());
        addQuestion.addClickListener(click -> QuestionDialog.adding(bank, this::show).open());
        setUpCategoryFilter();
        list.addClassName("question-list");
        show();
    }

    private void setUpCategoryFilter() {
        String allCategories = getTranslation("questions.filter.all");
        categoryFilter.setItems(QuestionCategory.values());
        categoryFilter.setEmptySelectionAllowed(true);
        categoryFilter.setEmptySelectionCaption(allCategories);
        // the select labels its empty choice with the generator too, so null must read "All categories"
        categoryFilter.setItemLabelGenerator(value -> value == null ? allCategories
                : getTranslation("question.category." + value.name()));
        categoryFilter.setAriaLabel(getTranslation("questions.filter"));
        categoryFilter.addClassName("question-filter");
        categoryFilter.addValueChangeListener(change -> showCards());
    }

    private void show() {
        removeAll();
        ReviewSummary summary = bank.summary();
        RouterLink review = new RouterLink(getTranslation("questions.review", summary.dueToday()), ReviewView.class);
        review.addClassName("review-link");
        Span streak = new Span(getTranslation("questions.streak", summary.streakDays()));
        streak.addClassName("hint");
        // offered while starter questions are missing, e.g. after some were deleted
        addStarter.setVisible(bank.missingStarterQuestions() > 0);
        Div actions = new Div(review, addQuestion, addStarter);
        actions.addClassName("page-actions");
        add(new H1(getTranslation("questions.title")), streak, actions, categoryFilter, list);
        showCards();
    }

    private void showCards() {
        List<ReviewCard> cards = bank.myCards(categoryFilter.getValue());
        if (cards.isEmpty()) {
            list.removeAll();
            Paragraph empty = new Paragraph(getTranslation(categoryFilter.isEmpty() ? "questions.empty"
                    : "questions.filter.empty"));
            empty.addClassName("empty-state");
            list.add(empty);
            return;
        }
        Map<Long, CardOrigin> origins = bank.cardOrigins();
        CardsInBatches.replace(list, cards, card -> row(card, origins.get(card.id())));
    }

    private Div row(ReviewCard card, CardOrigin origin) {
        Div badges = new Div(badge(getTranslation("question.category." + card.category().name()), "badge"));
        if (card.company() != null) {
            badges.add(badge(getTranslation("questions.asked-at", card.company()), "badge contrast"));
        }
        badges.addClassName("skill-tags");
        Button edit = new Button(VaadinIcon.EDIT.create(), click -> QuestionDialog.editing(bank, card, this::show)
                .open());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        edit.setAriaLabel(getTranslation("question.edit"));
        edit.setTooltipText(getTranslation("question.edit"));
        edit.setId("edit-question-" + card.id());
        Div header = new Div(badges, edit);
        header.addClassName("question-row-header");
        Span due = new Span(getTranslation("questions.due", Texts.date(card.dueOn()))
                + (card.tags() == null ? "" : " · " + card.tags()));
        due.addClassName("hint");
        Div row = new Div(header, new Paragraph(card.question()), due);
        if (origin != null) {
            row.add(originLink(origin));
        }
        row.addClassNames("card", "question-row");
        row.setId("question-" + card.id());
        return row;
    }

    private Anchor originLink(CardOrigin origin) {
        Anchor link = new Anchor(origin.path(), getTranslation("questions.from",
                getTranslation(origin.what()), Texts.date(origin.on())));
        link.getElement().setAttribute("router-link", true);
        link.addClassName("card-origin");
        return link;
    }

    private static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(theme);
        return badge;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("questions.title") + " · Waypoint";
    }
}
