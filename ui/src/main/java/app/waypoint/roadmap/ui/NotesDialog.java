package app.waypoint.roadmap.ui;

import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.ui.Conflicts;
import app.waypoint.base.ui.FormErrors;
import app.waypoint.base.ui.LengthCounter;
import app.waypoint.roadmap.domain.NodeProgress;
import app.waypoint.roadmap.service.NodeState;
import app.waypoint.roadmap.service.RoadmapService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Writing notes on a topic, in Markdown. A save from an out-of-date tab is refused; the typed text stays in
 * the dialog so nothing is lost, and the next save is a deliberate overwrite.
 */
class NotesDialog extends Dialog {

    final TextArea notes = new TextArea();
    final Button save = new Button();

    NotesDialog(RoadmapService roadmapService, long nodeId, String topicTitle, NodeState state,
                Consumer<NodeState> onSaved) {
        setHeaderTitle(topicTitle);
        addClassName("notes-dialog");
        notes.setLabel(getTranslation("roadmap.notes"));
        notes.setValue(state.notes() == null ? "" : state.notes());
        LengthCounter.attach(notes, NodeProgress.MAX_NOTES, getTranslation("roadmap.notes.help"));
        notes.setWidthFull();
        notes.setMinHeight("12em");
        long[] version = {state.version()};
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                if (Conflicts.attempt(() -> onSaved.accept(roadmapService.saveNotes(nodeId, notes.getValue(),
                        version[0])), "roadmap.notes.conflict",
                        () -> version[0] = roadmapService.currentState(nodeId).version())) {
                    close();
                }
            } catch (InvalidInputException invalid) {
                FormErrors.show(invalid, Map.of("notes", notes), this);
            }
        });
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        add(new Paragraph(getTranslation("roadmap.notes.markdown")), audience(roadmapService.notesReadBy(nodeId)),
                notes);
        getFooter().add(cancel, save);
        setWidth("min(40rem, 100vw)");
    }

    /** Says who reads these notes: the person alone, or the groups they share notes with. */
    private Paragraph audience(List<String> groups) {
        Paragraph audience = new Paragraph(groups.isEmpty() ? getTranslation("roadmap.notes.only-you")
                : getTranslation("roadmap.notes.shared-with", String.join(", ", groups)));
        audience.addClassName("hint");
        return audience;
    }
}
