package app.waypoint.activity.ui;

import app.waypoint.account.service.AccountProfile;
import app.waypoint.account.service.AccountService;
import app.waypoint.activity.service.StreakService;
import app.waypoint.account.ui.SettingsView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The start page: a greeting, the person's goal, their study streak, and what Waypoint will help them with. */
@Route("")
@Menu(order = 0, title = "nav.home", icon = "vaadin:home")
@PermitAll
public class HomeView extends Main implements HasDynamicTitle {

    private record Help(String key, VaadinIcon icon) {
    }

    private static final List<Help> HELPS = List.of(
            new Help("roadmap", VaadinIcon.MAP_MARKER),
            new Help("portfolio", VaadinIcon.BRIEFCASE),
            new Help("interview", VaadinIcon.COMMENTS_O),
            new Help("groups", VaadinIcon.GROUP));

    HomeView(AccountService accountService, StreakService streaks, Clock clock) {
        addClassNames("page", "home-view");
        AccountProfile profile = accountService.currentProfile();
        LocalDate today = LocalDate.now(clock.withZone(profile.timeZone()));

        add(new H1(getTranslation("home.greeting", profile.displayName())));
        add(goal(profile, today), new StreakCard(streaks));

        H2 helpsTitle = new H2(getTranslation("home.helps.title"));
        Div helps = new Div();
        helps.addClassName("card-grid");
        for (Help help : HELPS) {
            Div card = new Div(help.icon().create(),
                    new H3(getTranslation("home.helps." + help.key() + ".title")),
                    new Paragraph(getTranslation("home.helps." + help.key() + ".text")));
            card.addClassName("card");
            helps.add(card);
        }
        add(helpsTitle, helps);
    }

    private Div goal(AccountProfile profile, LocalDate today) {
        Div goal = new Div();
        goal.addClassNames("card", "goal-card");
        if (profile.targetDate() == null) {
            goal.add(new Paragraph(getTranslation("home.goal.none")),
                    new RouterLink(getTranslation("home.goal.set"), SettingsView.class));
            return goal;
        }
        long days = ChronoUnit.DAYS.between(today, profile.targetDate());
        String role = profile.targetRole() == null ? getTranslation("home.goal.default-role") : profile.targetRole();
        Span countdown = new Span(days >= 0 ? "D-" + days : "D+" + (-days));
        countdown.addClassName("countdown");
        goal.add(countdown, new Paragraph(getTranslation(days >= 0 ? "home.goal.ahead" : "home.goal.passed",
                role, profile.targetDate())));
        return goal;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title") + " · Waypoint";
    }
}
