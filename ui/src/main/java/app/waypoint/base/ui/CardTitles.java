package app.waypoint.base.ui;

import com.vaadin.flow.component.html.H2;

/**
 * The title of a card in a page's list or a tab's panel. It is an h2, one level under the page's h1, so that a
 * screen reader's list of headings skips no level (as accessibility audits require); the style sheet gives it the
 * size of a minor heading, which is how it reads among the cards.
 */
public final class CardTitles {

    private CardTitles() {
    }

    public static H2 of(String text) {
        H2 title = new H2(text);
        title.addClassName("card-title");
        return title;
    }
}
