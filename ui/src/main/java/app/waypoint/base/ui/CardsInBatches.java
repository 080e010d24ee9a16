package app.waypoint.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;

import java.util.List;
import java.util.function.Function;

/**
 * Adds a long column's or list's cards {@value #BATCH} at a time, ending in a button that shows the next ones: a
 * board or list with hundreds of cards stays quick to open and light to keep. What the column holds after the cards
 * (an input, say) stays after them.
 */
public final class CardsInBatches {

    public static final int BATCH = 30;
    private static final String MORE = "show-more";

    private CardsInBatches() {
    }

    /** Adds the first cards of {@code items} at the end of {@code column}. */
    public static <T> void add(Div column, List<T> items, Function<T, Component> card) {
        add(column, items, 0, BATCH, card, column.getElement().getChildCount());
    }

    /**
     * Shows {@code items} in place of everything {@code list} holds, as many as it showed before (at least a batch):
     * a change shown anew does not fold up what the person had opened.
     */
    public static <T> void replace(Div list, List<T> items, Function<T, Component> card) {
        int shown = (int) list.getChildren()
                .filter(child -> !child.getElement().getClassList().contains(MORE)).count();
        list.removeAll();
        add(list, items, 0, Math.max(BATCH, shown), card, 0);
    }

    private static <T> void add(Div column, List<T> items, int from, int count, Function<T, Component> card,
                                int at) {
        int until = Math.min(items.size(), from + count);
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
        more.addClassName(MORE);
        more.addClickListener(click -> {
            int index = column.getElement().indexOfChild(more.getElement());
            column.remove(more);
            add(column, items, until, BATCH, card, index);
        });
        column.addComponentAtIndex(at, more);
    }
}
