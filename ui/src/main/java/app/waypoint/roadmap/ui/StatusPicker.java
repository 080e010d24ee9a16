package app.waypoint.roadmap.ui;

import app.waypoint.roadmap.domain.ProgressStatus;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

/** Four buttons, one per status: a single tap sets it. The current one is pressed. */
class StatusPicker extends Composite<Div> {

    private final Map<ProgressStatus, Button> buttons = new EnumMap<>(ProgressStatus.class);

    StatusPicker(ProgressStatus current, Consumer<ProgressStatus> onPick) {
        getContent().addClassName("status-picker");
        getContent().getElement().setAttribute("role", "group");
        getContent().getElement().setAttribute("aria-label", getTranslation("roadmap.status"));
        for (ProgressStatus status : ProgressStatus.values()) {
            Button button = new Button(getTranslation("roadmap.status." + status.name()));
            button.addClassName("status-" + status.name().toLowerCase().replace('_', '-'));
            button.addClickListener(click -> onPick.accept(status));
            buttons.put(status, button);
            getContent().add(button);
        }
        show(current);
    }

    void show(ProgressStatus current) {
        buttons.forEach((status, button) -> {
            boolean pressed = status == current;
            button.getElement().setAttribute("aria-pressed", String.valueOf(pressed));
            button.getElement().getClassList().set("pressed", pressed);
        });
    }

    Button button(ProgressStatus status) {
        return buttons.get(status);
    }
}
