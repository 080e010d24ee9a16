package app.waypoint.interview.ui;

import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.ui.Conflicts;
import app.waypoint.base.ui.FormErrors;
import app.waypoint.base.ui.Notifications;
import app.waypoint.interview.domain.MockFeedback;
import app.waypoint.interview.service.MockInterviewService;
import app.waypoint.interview.service.MockInterviewView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.Map;

/**
 * The partners' feedback on an interview held in a pairing, one each, and the person's own to write or rewrite. A
 * save refreshes this interview's card only; another tab's save is refused and what was typed stays.
 */
class MockFeedbackSection extends Div {

    final Button write = new Button();
    final TextArea text = new TextArea();
    final Button save = new Button();

    private final MockInterviewView mock;
    private final MockInterviewService mocks;
    private final MockInterviewsView log;

    MockFeedbackSection(MockInterviewView mock, MockInterviewService mocks, MockInterviewsView log) {
        this.mock = mock;
        this.mocks = mocks;
        this.log = log;
        addClassName("mock-feedback");
        add(new H3(getTranslation("mock.feedback")));
        if (mock.feedback().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("mock.feedback.none"));
            none.addClassName("hint");
            add(none);
        }
        for (MockInterviewView.Feedback one : mock.feedback()) {
            Span author = new Span(one.mine() ? getTranslation("mock.feedback.mine") : one.author());
            author.addClassName("star-label");
            Paragraph said = new Paragraph(one.text());
            said.addClassName("pre-wrap");
            add(author, said);
        }
        write.setText(getTranslation(mock.myFeedback().isPresent() ? "mock.feedback.edit" : "mock.feedback.add"));
        write.addThemeVariants(ButtonVariant.LUMO_SMALL);
        write.addClickListener(click -> openEditor(mock.myFeedback().map(MockInterviewView.Feedback::text)
                .orElse("")));
        add(write);
    }

    /** Opens the editor with {@code typed} in it: one's earlier feedback, or what was typed before a refusal. */
    void openEditor(String typed) {
        write.setVisible(false);
        text.setLabel(getTranslation("mock.feedback.yours"));
        text.setHelperText(getTranslation("mock.feedback.hint"));
        text.setMaxLength(MockFeedback.MAX_TEXT);
        text.setValue(typed);
        text.setWidthFull();
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        save.addClickListener(click -> save());
        Button cancel = new Button(getTranslation("action.cancel"), click -> log.refresh(mock.id()));
        cancel.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Div buttons = new Div(cancel, save);
        buttons.addClassName("card-actions");
        add(text, buttons);
        text.focus();
    }

    private void save() {
        String typed = text.getValue();
        Long version = mock.myFeedback().map(MockInterviewView.Feedback::version).orElse(null);
        try {
            if (Conflicts.attempt(() -> mocks.giveFeedback(mock.id(), typed, version), "mock.feedback.conflict",
                    () -> log.refresh(mock.id()).ifPresent(section -> section.openEditor(typed)))) {
                log.refresh(mock.id());
                Notifications.success(getTranslation("mock.feedback.saved"));
            }
        } catch (InvalidInputException invalid) {
            FormErrors.show(invalid, Map.of("feedback", text), this);
        }
    }
}
