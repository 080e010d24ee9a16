package app.waypoint.base.ui;

import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.tabs.Tabs;

/**
 * Keeps a tab bar a plain list of tabs for assistive technology. The bar's web component scrolls its tabs in an
 * inner element marked {@code tabindex="-1"}; a focusable element that is not a tab, inside an element of role
 * tablist, breaks the tablist's rule that it holds only tabs (Lighthouse's "required children" audit). Without the
 * attribute the inner element is a mere wrapper again; the tabs keep their own roving focus.
 */
public final class TabLists {

    private static final String UNFOCUSABLE_SCROLLER = """
            const tabs = this.localName === 'vaadin-tabs' ? this : this.querySelector(':scope > vaadin-tabs');
            customElements.whenDefined('vaadin-tabs')
                .then(() => tabs.updateComplete)
                .then(() => tabs.shadowRoot.querySelector('[part="tabs"]').removeAttribute('tabindex'));""";

    private TabLists() {
    }

    public static void onlyTabs(Tabs tabs) {
        tabs.getElement().executeJs(UNFOCUSABLE_SCROLLER);
    }

    public static void onlyTabs(TabSheet sheet) {
        sheet.getElement().executeJs(UNFOCUSABLE_SCROLLER);
    }
}
