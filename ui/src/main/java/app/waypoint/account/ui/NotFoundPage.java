package app.waypoint.account.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The one page for "there is nothing here for you": an address that leads nowhere, something that does not
 * exist, and something that belongs to someone else all look the same, so nobody learns what others have.
 * Signed in, it sits inside the main layout; the reason given by whoever sent a person here is never shown.
 * Each kind of "not found" has its own small subclass that handles its exception, as one class can handle only
 * one; this base class handles none, so the router never takes it for a catch-all.
 */
abstract class NotFoundPage extends Main implements HasDynamicTitle {

    final Anchor home = new Anchor("", "");

    NotFoundPage() {
        addClassNames("page", "not-found-page");
        home.setText(getTranslation("not-found.home"));
        home.getElement().setAttribute("router-link", true);
        home.addClassName("not-found-home");
        add(new H1(getTranslation("not-found.title")), new Paragraph(getTranslation("not-found.text")), home);
    }

    /** For the subclasses' {@code setErrorParameter}: the page answers with 404, whatever sent a person here. */
    static int notFound() {
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("not-found.title") + " · Waypoint";
    }
}
