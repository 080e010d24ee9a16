package app.waypoint.group.ui;

import com.vaadin.flow.component.html.NativeButton;

/** A member's name on the board that opens what they share; the full name stays readable when the cell cuts it. */
class MemberLink extends NativeButton {

    /** {@code text} is {@code name} or a shorter form of it, for a narrow column. */
    MemberLink(String text, String name, Runnable open) {
        super(text, click -> open.run());
        addClassName("member-link");
        getElement().setAttribute("title", name);
        if (!text.equals(name)) {
            getElement().setAttribute("aria-label", name);
        }
        getElement().setAttribute("aria-haspopup", "dialog");
    }
}
