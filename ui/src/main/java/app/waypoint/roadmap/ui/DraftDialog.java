package app.waypoint.roadmap.ui;

import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.service.NotAllowedException;
import app.waypoint.base.service.NotFoundException;
import app.waypoint.base.ui.Conflicts;
import app.waypoint.base.ui.FormErrors;
import app.waypoint.base.ui.Refusals;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

import java.util.Map;

/**
 * Edits one part of one's own roadmap from the version it was opened at. Bad input is marked at its field; when
 * another tab saved first, the dialog says so, takes that version and keeps what was typed, so saving again
 * replaces it knowingly. After a save, {@code saved} shows the change.
 */
abstract class DraftDialog extends Dialog {

    final Button save = new Button();
    private final Runnable saved;

    DraftDialog(String header, Runnable saved) {
        this.saved = saved;
        setHeaderTitle(header);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> trySave());
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        setWidth("min(36rem, 100vw)");
    }

    /** Saves what the fields hold, from the version held. */
    abstract void saveDraft();

    /** Holds the version saved meanwhile, leaving the fields as typed. */
    abstract void takeNewer();

    /** The fields by the name the service gives a problem with them. */
    abstract Map<String, ? extends HasValidation> fields();

    private void trySave() {
        try {
            if (Conflicts.attempt(this::saveDraft, "roadmap.edit.conflict", this::takeNewer)) {
                close();
                saved.run();
            }
        } catch (InvalidInputException invalid) {
            FormErrors.show(invalid, fields(), this);
        } catch (NotFoundException | NotAllowedException refused) {
            Refusals.show(refused);
        }
    }
}
