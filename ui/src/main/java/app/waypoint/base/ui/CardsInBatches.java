package app.waypoint.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;

import java.util.List;
import java.util.function.Function;

/**
 * Adds a long column's cards {@value #BATCH} at a time, ending in a button that shows the next ones: a board with
 * hundreds of cards stays quick to open and light to keep. What the column holds after the cards (an input, say)
 * stays after them.
 */
public final class CardsInBatches {

    public static final int BATCH = 30;

    private CardsInBatches() {
    }

    /** Adds the first cards of {@code items} at the end of {@code column}. */
    public static <T> void add(Div column, List<T> items, Function<T, Component> card) {
        add(column, items, 0, card, column.getElement().getChildCount());
    }

    private static <T> void add(Div column, List<T> items, int from, Function<T, Component> card, int at) {
        int until = Math.min(items.size(), from + BATCH);
        for (T item : items.subList(from, until)) {
            column.addComponentAtIndex(at++, card.apply(item));
        }
        int left = items.size() - until;
        if (left == 0) {
            return;
        }
        UI ui = UI.getCurrent();
        Button more = new Button(left <= BATCH ? ui.getTranslation("cards.show-rest", left)
                : ui.getTranslation("cards.show-more", BATCH, left));
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        more.addClassName("show-more");
        more.addClickListener(click -> {
            int index = column.getElement().indexOfChild(more.getElement());
            column.remove(more);
            add(column, items, until, card, index);
        });
        column.addComponentAtIndex(at, more);
    }
}
