package app.waypoint.group.ui;

import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.ui.CardTitles;
import app.waypoint.base.ui.ConfirmAction;
import app.waypoint.base.ui.Conflicts;
import app.waypoint.base.ui.FormErrors;
import app.waypoint.group.domain.GroupHouseRule;
import app.waypoint.group.service.SessionService;
import app.waypoint.group.service.SessionsOverview;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;

import java.util.Map;
import java.util.Optional;

/** The house rule, for owner and admins: absences allowed a month and the fine in won for each one beyond. */
class HouseRuleForm extends Composite<Div> {

    final IntegerField allowedAbsences = new IntegerField();
    final IntegerField fineWon = new IntegerField();
    final Button save = new Button();
    final Button remove = new Button();

    private final long groupId;
    private final SessionService sessions;
    private final Runnable saved;
    private final Paragraph summary = new Paragraph();
    private Long version;

    HouseRuleForm(long groupId, SessionService sessions, Runnable saved) {
        this.groupId = groupId;
        this.sessions = sessions;
        this.saved = saved;
        allowedAbsences.setLabel(getTranslation("house-rule.allowed"));
        allowedAbsences.setMin(0);
        allowedAbsences.setMax(GroupHouseRule.MAX_ALLOWED_ABSENCES);
        allowedAbsences.setStepButtonsVisible(true);
        fineWon.setLabel(getTranslation("house-rule.fine"));
        fineWon.setMin(0);
        fineWon.setMax(GroupHouseRule.MAX_FINE_WON);
        fineWon.setStep(1000);
        fineWon.setSuffixComponent(new com.vaadin.flow.component.html.Span(getTranslation("house-rule.won")));
        save.setText(getTranslation("house-rule.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        remove.setText(getTranslation("house-rule.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.addClickListener(click -> ConfirmAction.open(getTranslation("house-rule.remove.header"),
                getTranslation("house-rule.remove.text"), getTranslation("house-rule.remove"), true, this::removeRule));
        allowedAbsences.setId("house-rule-allowed");
        fineWon.setId("house-rule-fine");
        summary.addClassName("hint");
        Div fields = new Div(allowedAbsences, fineWon);
        fields.addClassName("schedule-fields");
        Div buttons = new Div(save, remove);
        buttons.addClassName("form-buttons");
        getContent().add(CardTitles.of(getTranslation("house-rule.title")), summary, fields, buttons);
        getContent().addClassNames("card", "house-rule-form");
    }

    /** Takes the version of the rule as saved now and says what it is; the fields keep what is typed. */
    void show(Optional<SessionsOverview.HouseRule> rule) {
        version = rule.map(SessionsOverview.HouseRule::version).orElse(null);
        summary.setText(rule.map(found -> getTranslation("house-rule.summary", found.allowedAbsences(),
                Won.format(found.fineWon(), getLocale()))).orElse(getTranslation("house-rule.none")));
        remove.setVisible(rule.isPresent());
    }

    /** Fills the fields with the saved rule, when the form opens. */
    void fill(Optional<SessionsOverview.HouseRule> rule) {
        show(rule);
        rule.ifPresent(found -> {
            allowedAbsences.setValue(found.allowedAbsences());
            fineWon.setValue(found.fineWon());
        });
    }

    private void save() {
        Map<String, HasValidation> fields = Map.of("allowedAbsences", allowedAbsences, "fineWon", fineWon);
        try {
            if (Conflicts.attempt(() -> sessions.setHouseRule(groupId, allowedAbsences.getValue(), fineWon.getValue(),
                    version), "house-rule.conflict", saved)) {
                FormErrors.clear(fields);
                saved.run();
            }
        } catch (InvalidInputException invalid) {
            FormErrors.show(invalid, fields, this);
        }
    }

    private void removeRule() {
        if (version != null && Conflicts.attempt(() -> sessions.removeHouseRule(groupId,
                version), "house-rule.conflict", saved)) {
            allowedAbsences.clear();
            fineWon.clear();
            saved.run();
        }
    }
}
