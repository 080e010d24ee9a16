package app.waypoint.benchmark;

import app.waypoint.account.service.AccountService;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * The smallest page on the same stack, one text and one query, which the benchmark measures every main page
 * against: ratios to it hold from one machine to another where absolute figures do not.
 */
@Route(value = "benchmark/trivial", autoLayout = false)
@PermitAll
public class TrivialView extends Main {

    TrivialView(AccountService accounts) {
        add(new Paragraph(accounts.currentProfile().displayName()));
    }
}
