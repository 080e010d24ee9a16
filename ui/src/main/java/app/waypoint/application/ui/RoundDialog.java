package app.waypoint.application.ui;

import app.waypoint.application.domain.InterviewRound;
import app.waypoint.application.domain.RoundKind;
import app.waypoint.application.service.InterviewRoundService;
import app.waypoint.application.service.RoundDraft;
import app.waypoint.application.service.RoundView;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.ui.Conflicts;
import app.waypoint.base.ui.DateField;
import app.waypoint.base.ui.FormErrors;
import app.waypoint.base.ui.LengthCounter;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** Logs an interview round, or edits one: the questions go one per line. */
class RoundDialog extends Dialog {

    final Select<RoundKind> kind = new Select<>();
    final DateField day = new DateField();
    final TimePicker time = new TimePicker();
    final TextField interviewers = new TextField();
    final TextArea questions = new TextArea();
    final Select<Integer> rating = new Select<>();
    final TextArea followUps = new TextArea();
    final Button save = new Button();
    private long version;

    RoundDialog(InterviewRoundService service, long applicationId, RoundView editing, LocalDate today,
                Runnable saved) {
        setHeaderTitle(getTranslation(editing == null ? "round.new" : "round.edit"));
        kind.setLabel(getTranslation("round.kind"));
        kind.setItems(RoundKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("round.kind." + value));
        kind.setId("round-kind");
        day.setLabel(getTranslation("round.day"));
        time.setLabel(getTranslation("round.time"));
        time.setStep(java.time.Duration.ofMinutes(15));
        interviewers.setLabel(getTranslation("round.interviewers"));
        interviewers.setMaxLength(InterviewRound.MAX_INTERVIEWERS);
        questions.setLabel(getTranslation("round.questions"));
        questions.setHelperText(getTranslation("round.questions.help"));
        questions.setId("round-questions");
        rating.setLabel(getTranslation("round.rating"));
        rating.setItems(1, 2, 3, 4, 5);
        rating.setEmptySelectionAllowed(true);
        rating.setItemLabelGenerator(value -> value == null ? getTranslation("application.none")
                : getTranslation("round.rating.value", value));
        followUps.setLabel(getTranslation("round.follow-ups"));
        LengthCounter.attach(followUps, InterviewRound.MAX_FOLLOW_UPS, null);
        if (editing == null) {
            kind.setValue(RoundKind.TECHNICAL);
            day.setValue(today);
            time.setValue(LocalTime.of(14, 0));
        } else {
            version = editing.version();
            kind.setValue(editing.kind());
            day.setValue(editing.heldAt().toLocalDate());
            time.setValue(editing.heldAt().toLocalTime());
            interviewers.setValue(editing.interviewers() == null ? "" : editing.interviewers());
            questions.setValue(String.join("\n", editing.questions().stream().map(RoundView.Question::text).toList()));
            rating.setValue(editing.selfRating());
            followUps.setValue(editing.followUps() == null ? "" : editing.followUps());
        }
        FormLayout form = new FormLayout(kind, day, time, interviewers, questions, rating, followUps);
        form.setColspan(questions, 2);
        form.setColspan(followUps, 2);
        form.setColspan(interviewers, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        add(form);
        save.setText(getTranslation("action.save"));
        save.setId("round-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            FormErrors.clear(fields());
            RoundDraft draft = new RoundDraft(kind.getValue(),
                    day.getValue() == null || time.getValue() == null ? null
                            : LocalDateTime.of(day.getValue(), time.getValue()),
                    interviewers.getValue(), Arrays.asList(questions.getValue().split("\n")), rating.getValue(),
                    followUps.getValue());
            try {
                if (editing == null) {
                    service.addRound(applicationId, draft);
                } else if (!Conflicts.attempt(() -> service.updateRound(editing.id(), draft, version),
                        "round.conflict", () -> version = service.rounds(applicationId).stream()
                                .filter(now -> now.id() == editing.id()).findFirst().map(RoundView::version)
                                .orElse(version))) {
                    return;
                }
                close();
                saved.run();
            } catch (InvalidInputException invalid) {
                FormErrors.show(invalid, fields(), this);
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        setWidth("min(40rem, 100vw)");
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("kind", kind);
        fields.put("heldAt", day);
        fields.put("interviewers", interviewers);
        fields.put("questions", questions);
        fields.put("selfRating", rating);
        fields.put("followUps", followUps);
        return fields;
    }

}
