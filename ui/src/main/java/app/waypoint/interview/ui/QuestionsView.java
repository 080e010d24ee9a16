package app.waypoint.interview.ui;

import app.waypoint.base.domain.Language;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.ui.FormErrors;
import app.waypoint.base.ui.Notifications;
import app.waypoint.base.ui.Texts;
import app.waypoint.interview.domain.QuestionCategory;
import app.waypoint.interview.service.QuestionBankService;
import app.waypoint.interview.service.ReviewCard;
import app.waypoint.interview.service.ReviewSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
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
        addQuestion.addClickListener(click -> openAddDialog());
        list.addClassName("question-list");
        show();
    }

    private void show() {
        removeAll();
        ReviewSummary summary = bank.summary();
        RouterLink review = new RouterLink(getTranslation("questions.review", summary.dueToday()), ReviewView.class);
        review.addClassName("review-link");
        Span streak = new Span(getTranslation("questions.streak", summary.streakDays()));
        streak.addClassName("hint");
        Div actions = new Div(review, addQuestion, addStarter);
        actions.addClassName("page-actions");
        add(new H1(getTranslation("questions.title")), streak, actions, list);
        list.removeAll();
        List<ReviewCard> cards = bank.myCards();
        if (cards.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("questions.empty"));
            empty.addClassName("empty-state");
            list.add(empty);
            return;
        }
        for (ReviewCard card : cards) {
            Span category = new Span(getTranslation("question.category." + card.category().name()));
            category.getElement().getThemeList().add("badge");
            Span due = new Span(getTranslation("questions.due", Texts.date(card.dueOn())));
            due.addClassName("hint");
            Div row = new Div(category, new Paragraph(card.question()), due);
            row.addClassNames("card", "question-row");
            list.add(row);
        }
    }

    private void openAddDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("questions.add"));
        Select<QuestionCategory> category = new Select<>();
        category.setLabel(getTranslation("question.category"));
        category.setItems(QuestionCategory.values());
        category.setItemLabelGenerator(value -> getTranslation("question.category." + value.name()));
        TextArea question = new TextArea(getTranslation("question.question"));
        TextArea answer = new TextArea(getTranslation("question.answer"));
        TextField tags = new TextField(getTranslation("question.tags"));
        TextField company = new TextField(getTranslation("question.company"));
        FormLayout form = new FormLayout(category, question, answer, tags, company);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Button save = new Button(getTranslation("action.add"), click -> {
            try {
                bank.addCard(category.getValue(), question.getValue(), answer.getValue(), tags.getValue(),
                        company.getValue());
                dialog.close();
                show();
            } catch (InvalidInputException invalid) {
                FormErrors.show(invalid, Map.of("category", category, "question", question, "answer", answer,
                        "tags", tags, "company", company), this);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.setWidth("min(36rem, 100vw)");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("questions.title") + " · Waypoint";
    }
}
