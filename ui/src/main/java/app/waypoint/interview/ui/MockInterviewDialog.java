package app.waypoint.interview.ui;

import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.ui.DateField;
import app.waypoint.base.ui.FormErrors;
import app.waypoint.interview.domain.MockInterviewKind;
import app.waypoint.interview.service.MockInterviewDraft;
import app.waypoint.interview.service.MockInterviewService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Logs a mock interview; follow-ups are typed one per line and each can later become a question card. */
class MockInterviewDialog extends Dialog {

    final DatePicker heldOn = new DateField();
    final Select<MockInterviewKind> kind = new Select<>();
    final TextField partner = new TextField();
    final TextArea questions = new TextArea();
    final RadioButtonGroup<Integer> rating = new RadioButtonGroup<>();
    final TextArea followUps = new TextArea();
    final Button save = new Button();

    /**
     * {@code pairingId} is the study-group pairing the interview is held in, or null; its partners are named by
     * {@code pairingPartners} instead of a partner field.
     */
    MockInterviewDialog(MockInterviewService mocks, LocalDate today, Long pairingId, String pairingPartners,
                        Runnable saved) {
        setHeaderTitle(getTranslation("mocks.log"));
        heldOn.setLabel(getTranslation("mock.held-on"));
        heldOn.setValue(today);
        kind.setId("mock-kind");
        questions.setId("mock-questions");
        rating.setId("mock-rating");
        followUps.setId("mock-follow-ups");
        kind.setLabel(getTranslation("mock.kind"));
        kind.setItems(MockInterviewKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("mock.kind." + value.name()));
        partner.setLabel(getTranslation("mock.partner"));
        questions.setLabel(getTranslation("mock.questions"));
        rating.setLabel(getTranslation("mock.rating"));
        rating.setItems(1, 2, 3, 4, 5);
        rating.setHelperText(getTranslation("mock.rating.hint"));
        followUps.setLabel(getTranslation("mock.follow-ups"));
        followUps.setHelperText(getTranslation("mock.follow-ups.hint"));
        FormLayout form = new FormLayout(heldOn, kind, partner, questions, rating, followUps);
        if (pairingId != null) {
            Paragraph fromPairing = new Paragraph(getTranslation("mock.partner.pairing", pairingPartners));
            fromPairing.addClassName("mock-pairing-partners");
            form.replace(partner, fromPairing);
        }
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                mocks.log(new MockInterviewDraft(heldOn.getValue(), kind.getValue(), partner.getValue(),
                        questions.getValue(), rating.getValue(), List.of(followUps.getValue().split("\\R")),
                        pairingId));
                close();
                saved.run();
            } catch (InvalidInputException invalid) {
                FormErrors.show(invalid, Map.of("heldOn", heldOn, "kind", kind, "partner", partner,
                        "questions", questions, "selfRating", rating, "followUps", followUps), this);
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        setWidth("min(36rem, 100vw)");
    }
}
