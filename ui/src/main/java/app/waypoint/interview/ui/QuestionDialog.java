package app.waypoint.interview.ui;

import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.service.NotFoundException;
import app.waypoint.base.ui.ConfirmDelete;
import app.waypoint.base.ui.Conflicts;
import app.waypoint.base.ui.FormErrors;
import app.waypoint.base.ui.LengthCounter;
import app.waypoint.base.ui.Notifications;
import app.waypoint.interview.domain.QuestionCard;
import app.waypoint.interview.domain.QuestionCategory;
import app.waypoint.interview.service.QuestionBankService;
import app.waypoint.interview.service.ReviewCard;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import java.util.Map;

/**
 * Adding a question, or editing one with its answer. If another tab saved the card first, the save is
 * refused with a message; the typed text stays, and saving again replaces that version on purpose.
 */
class QuestionDialog extends Dialog {

    final Select<QuestionCategory> category = new Select<>();
    final TextArea question = new TextArea();
    final TextArea answer = new TextArea();
    final TextField tags = new TextField();
    final TextField company = new TextField();
    final Button save = new Button();
    final Button delete = new Button();

    private final QuestionBankService bank;
    private final Runnable onChanged;
    private final Long cardId;
    private long version;

    private QuestionDialog(QuestionBankService bank, ReviewCard card, Runnable onChanged) {
        this.bank = bank;
        this.onChanged = onChanged;
        this.cardId = card == null ? null : card.id();
        this.version = card == null ? 0 : card.version();
        setHeaderTitle(getTranslation(card == null ? "questions.add" : "question.edit"));
        category.setLabel(getTranslation("question.category"));
        category.setItems(QuestionCategory.values());
        category.setItemLabelGenerator(value -> getTranslation("question.category." + value.name()));
        question.setLabel(getTranslation("question.question"));
        answer.setLabel(getTranslation("question.answer"));
        LengthCounter.attach(answer, QuestionCard.MAX_ANSWER, null);
        tags.setLabel(getTranslation("question.tags"));
        company.setLabel(getTranslation("question.company"));
        FormLayout form = new FormLayout(category, question, answer, tags, company);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        save.setText(getTranslation(card == null ? "action.add" : "action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        if (card != null) {
            fill(card);
            delete.setText(getTranslation("action.delete"));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            delete.addClickListener(click -> confirmDelete());
            getHeader().add(delete);
        }
        setWidth("min(36rem, 100vw)");
    }

    static QuestionDialog adding(QuestionBankService bank, Runnable onAdded) {
        return new QuestionDialog(bank, null, onAdded);
    }

    static QuestionDialog editing(QuestionBankService bank, ReviewCard card, Runnable onChanged) {
        return new QuestionDialog(bank, card, onChanged);
    }

    private void fill(ReviewCard card) {
        category.setValue(card.category());
        question.setValue(card.question());
        answer.setValue(card.answer() == null ? "" : card.answer());
        tags.setValue(card.tags() == null ? "" : card.tags());
        company.setValue(card.company() == null ? "" : card.company());
    }

    private void save() {
        try {
            if (cardId == null) {
                bank.addCard(category.getValue(), question.getValue(), answer.getValue(), tags.getValue(),
                        company.getValue());
            } else if (!Conflicts.attempt(() -> bank.updateCard(cardId, category.getValue(), question.getValue(),
                    answer.getValue(), tags.getValue(), company.getValue(), version), "question.conflict",
                    () -> version = bank.card(cardId).version())) {
                return;
            }
            done();
        } catch (InvalidInputException invalid) {
            FormErrors.show(invalid, Map.of("category", category, "question", question, "answer", answer,
                    "tags", tags, "company", company), this);
        } catch (NotFoundException deletedMeanwhile) {
            gone();
        }
    }

    private void confirmDelete() {
        ConfirmDelete.open(getTranslation("question.delete.header"), getTranslation("question.delete.text"), () -> {
            try {
                bank.deleteCard(cardId);
                done();
            } catch (NotFoundException deletedMeanwhile) {
                gone();
            }
        });
    }

    /** Another tab deleted the card: there is nothing left to save into, so the list is brought up to date. */
    private void gone() {
        Notifications.error(getTranslation("question.gone"));
        done();
    }

    private void done() {
        close();
        onChanged.run();
    }
}
