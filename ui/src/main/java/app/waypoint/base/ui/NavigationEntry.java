package app.waypoint.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;

/** One destination in the app's navigation: where it goes, its icon and the key of its label. */
public record NavigationEntry(Class<? extends Component> view, VaadinIcon icon, String labelKey) {
}
