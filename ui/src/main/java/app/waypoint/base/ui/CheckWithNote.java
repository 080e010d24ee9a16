package app.waypoint.base.ui;

import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.service.NotAllowedException;
import app.waypoint.base.service.NotFoundException;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;

import java.util.Map;

/**
 * A checklist line: a checkbox with a hint and a short note. Ticking or editing the note saves at once;
 * a refused note is explained at the field and kept.
 */
public class CheckWithNote extends Composite<Div> {

    /** Saves the line's state; may refuse with an {@link InvalidInputException} about "note". */
    @FunctionalInterface
    public interface Save {
        void save(boolean done, String note);
    }

    final Checkbox done;
    final TextField note = new TextField();

    /** Saves the line; a refusal is explained, and what was typed in the note stays. */
    private boolean store(Save save) {
        try {
            save.save(done.getValue(), note.getValue());
            note.setInvalid(false);
            return true;
        } catch (InvalidInputException invalid) {
            FormErrors.show(invalid, Map.of("note", note), this);
        } catch (NotFoundException | NotAllowedException refused) {
            Refusals.show(refused);
        }
        return false;
    }

    public CheckWithNote(String label, String hint, boolean checked, String currentNote, Save save) {
        done = new Checkbox(label, checked);
        if (hint != null) {
            done.setHelperText(hint);
        }
        note.setPlaceholder(getTranslation("checklist.note"));
        note.setAriaLabel(getTranslation("checklist.note"));
        note.setValue(currentNote == null ? "" : currentNote);
        note.setWidthFull();
        done.addValueChangeListener(change -> {
            if (change.isFromClient() && !store(save)) {
                done.setValue(change.getOldValue()); // a refused tick does not stay ticked
            }
        });
        note.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                store(save);
            }
        });
        getContent().add(done, note);
        getContent().addClassName("component-row");
    }

    public Checkbox checkbox() {
        return done;
    }
}
