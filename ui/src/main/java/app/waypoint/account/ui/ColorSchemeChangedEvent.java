package app.waypoint.account.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.UI;

/** Fired on the UI when dark mode is switched, so every control that shows it can follow. */
public class ColorSchemeChangedEvent extends ComponentEvent<UI> {

    private final boolean dark;

    ColorSchemeChangedEvent(UI ui, boolean dark) {
        super(ui, false);
        this.dark = dark;
    }

    public boolean isDark() {
        return dark;
    }
}
