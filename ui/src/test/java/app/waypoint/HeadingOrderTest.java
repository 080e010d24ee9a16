package app.waypoint;

import app.waypoint.account.service.AccountFixtures;
import app.waypoint.base.domain.Language;
import app.waypoint.base.ui.KaribuTest;
import app.waypoint.group.ui.GroupView;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.dom.Element;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

/**
 * On every main page the headings go down one level at a time (h1, then h2, then h3), as a screen reader's list
 * of headings and Lighthouse's heading order expect: for an account with nothing yet and for one with one of
 * everything, on every tab of a group.
 */
class HeadingOrderTest extends KaribuTest {

    private static final Pattern HEADING_TAG = Pattern.compile("^h([1-6])$");
    private static final Pattern HEADING_IN_HTML = Pattern.compile("<h([1-6])[\\s>]");

    @Autowired LargeAccount largeAccount;

    @Test
    void headingsNeverSkipALevel() {
        accounts.signUp("admin@example.com", "Admin");   // the first account is the admin; the ones below are people
        signUpAndLogIn("empty@example.com", Language.EN);
        openBrowser(Locale.ENGLISH);
        List<String> problems = new ArrayList<>();
        for (String page : new LargeAccount.Filled(0, 0, 0).mainPages()) {
            if (!page.matches(".*/0$")) {
                problems.addAll(skipsOn("empty account: /" + page, page));
            }
        }
        AccountFixtures.logOut();
        MockVaadin.tearDown();

        signUpAndLogIn("filled@example.com", Language.EN);
        LargeAccount.Filled filled = largeAccount.fill(3, 6, 3, 5);
        openBrowser(Locale.ENGLISH);
        for (String page : filled.mainPages()) {
            problems.addAll(skipsOn("filled account: /" + page, page));
        }
        UI.getCurrent().navigate("groups/" + filled.group());
        TabSheet tabs = _get(_get(GroupView.class), TabSheet.class);
        for (int tab = 1; tab < tabs.getTabCount(); tab++) {
            tabs.setSelectedIndex(tab);
            problems.addAll(skips("group tab " + tabs.getTabAt(tab).getLabel()));
        }

        SoftAssertions.assertSoftly(softly -> softly.assertThat(problems).isEmpty());
    }

    private List<String> skipsOn(String name, String page) {
        UI.getCurrent().navigate(page);
        return skips(name);
    }

    /** Each heading that is more than one level below the heading before it, in the order a browser reads. */
    private static List<String> skips(String name) {
        List<int[]> levels = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        // the outermost layout: the UI's own element holds the page only through a wrapper of the framework
        List<HasElement> chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        collect(chain.getLast().getElement(), levels, texts);
        List<String> problems = new ArrayList<>();
        for (int i = 1; i < levels.size(); i++) {
            if (levels.get(i)[0] > levels.get(i - 1)[0] + 1) {
                problems.add(name + ": h" + levels.get(i)[0] + " \"" + texts.get(i) + "\" after h"
                        + levels.get(i - 1)[0] + " \"" + texts.get(i - 1) + "\"");
            }
        }
        return problems;
    }

    private static void collect(Element element, List<int[]> levels, List<String> texts) {
        if (element.isTextNode() || !element.isVisible()) {
            return;
        }
        Matcher tag = HEADING_TAG.matcher(element.getTag());
        if (tag.matches()) {
            levels.add(new int[] {Integer.parseInt(tag.group(1))});
            texts.add(element.getTextRecursively());
        } else if ("heading".equals(element.getAttribute("role"))) {
            levels.add(new int[] {Integer.parseInt(element.getAttribute("aria-level"))});
            texts.add(element.getTextRecursively());
        }
        String html = element.getProperty("innerHTML");
        if (html != null) {   // rendered Markdown and other markup set as a whole
            Matcher inner = HEADING_IN_HTML.matcher(html);
            while (inner.find()) {
                levels.add(new int[] {Integer.parseInt(inner.group(1))});
                texts.add("(markup)");
            }
        }
        element.getChildren().forEach(child -> collect(child, levels, texts));
    }
}
