package app.waypoint;

import app.waypoint.account.service.AccountFixtures;
import app.waypoint.base.domain.Language;
import app.waypoint.base.ui.KaribuTest;
import app.waypoint.group.ui.GroupView;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.tabs.TabSheet;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static app.waypoint.LargeAccount.Filled.name;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every main page, loaded afresh (layout and view) in one request, reads in at most ten statements, and in as many
 * for an account with one of everything as for one with a thousand cards, problems and applications, 300 tasks on
 * a project and a group of 30 members with 3,000 events in its feed. The group's tabs count one by one, and so do
 * its board by topic and the dialog of what one member shares.
 */
class MainViewsStatementCountTest extends KaribuTest {

    private static final int BUDGET = 10;

    @Autowired StatementCounter statements;
    @Autowired LargeAccount largeAccount;

    @Test
    void everyMainPageReadsInAtMostTenStatementsHoweverMuchThereIs() {
        accounts.signUp("admin@example.com", "Admin");   // the first account is the admin; both below are people
        signUpAndLogIn("small@example.com", Language.EN);
        Map<String, Count> small = countEveryPage(largeAccount.fill(1, 1, 2, 3));
        AccountFixtures.logOut();
        MockVaadin.tearDown();
        signUpAndLogIn("large@example.com", Language.EN);
        Map<String, Count> large = countEveryPage(largeAccount.fill(1_000, 300, 30, 3_000));

        StringBuilder table = new StringBuilder("page: small / large statements");
        small.forEach((page, count) -> table.append("\n  ").append(page).append(": ").append(count.number())
                .append(" / ").append(large.get(page).number()));
        SoftAssertions.assertSoftly(softly -> small.keySet().forEach(page -> softly.assertThat(large.get(page).number())
                .as("%s%n%s: %s", table, page, String.join("\n", large.get(page).statements()))
                .isEqualTo(small.get(page).number())
                .isLessThanOrEqualTo(BUDGET)));
    }

    private record Count(int number, List<String> statements) {
    }

    private Map<String, Count> countEveryPage(LargeAccount.Filled filled) {
        openBrowser(Locale.ENGLISH);
        List<String> pages = filled.mainPages();
        Map<String, Count> counts = new LinkedHashMap<>();
        for (String page : pages) {
            UI.getCurrent().navigate(page);
            statements.reset();
            inOneRequest(() -> UI.getCurrent().getPage().reload());
            assertThat(UI.getCurrent().getActiveViewLocation().getPath()).as("reloaded").isEqualTo(page);
            counts.put(name(page), new Count(statements.count(), statements.statements()));
        }
        UI.getCurrent().navigate("groups/" + filled.group());
        TabSheet tabs = _get(_get(GroupView.class), TabSheet.class);
        for (int tab = 1; tab < tabs.getTabCount(); tab++) {
            int index = tab;
            statements.reset();
            inOneRequest(() -> tabs.setSelectedIndex(index));
            counts.put(name("groups/" + filled.group()) + " " + tabs.getTabAt(tab).getLabel() + " tab",
                    new Count(statements.count(), statements.statements()));
        }
        tabs.setSelectedIndex(0);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Object> layout = _get(RadioButtonGroup.class, spec -> spec.withClasses("board-layout"));
        statements.reset();
        inOneRequest(() -> layout.setValue(layout.getListDataView().getItem(1)));
        counts.put(name("groups/" + filled.group()) + " board by topic", new Count(statements.count(),
                statements.statements()));
        NativeButton member = _find(NativeButton.class, spec -> spec.withClasses("member-link")).getFirst();
        statements.reset();
        inOneRequest(() -> _click(member));
        _get(Dialog.class);
        counts.put(name("groups/" + filled.group()) + " a member's share", new Count(statements.count(),
                statements.statements()));
        return counts;
    }
}
