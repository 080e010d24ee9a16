package app.waypoint.roadmap.ui;

import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.service.NotAllowedException;
import app.waypoint.base.service.NotFoundException;
import app.waypoint.base.ui.FormErrors;
import app.waypoint.base.ui.Refusals;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;

import java.util.Map;
import java.util.function.Consumer;

/** Asks for one title (a new roadmap, stage or topic, or a new name); the action decides what it means. */
class TitleDialog extends Dialog {

    final TextField title = new TextField();
    final Button confirm = new Button();

    TitleDialog(String header, String initial, String confirmText, Consumer<String> action) {
        setHeaderTitle(header);
        title.setLabel(getTranslation("roadmap.custom.title"));
        title.setValue(initial == null ? "" : initial);
        title.setWidthFull();
        title.setRequiredIndicatorVisible(true);
        confirm.setText(confirmText);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(Key.ENTER);
        confirm.addClickListener(click -> {
            try {
                action.accept(title.getValue());
                close();
            } catch (InvalidInputException invalid) {
                FormErrors.show(invalid, Map.of("title", title), this);
            } catch (NotFoundException | NotAllowedException refused) {
                Refusals.show(refused); // the dialog stays open with what was typed
            }
        });
        add(title);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), confirm);
        setWidth("min(28rem, 100vw)");
    }
}
