package app.waypoint.today.ui;

import app.waypoint.account.service.AccountProfile;
import app.waypoint.account.ui.SettingsView;
import app.waypoint.activity.service.StreakService;
import app.waypoint.today.service.Today;
import app.waypoint.today.service.TodayService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Today: where the person stands (readiness and its parts), what to do next, what is due, the pace, and a year of
 * activity; read in one call, within the page's statement budget.
 */
@Route("")
@Menu(order = 0, title = "nav.home", icon = "vaadin:home")
@PermitAll
public class HomeView extends Main implements HasDynamicTitle {

    HomeView(TodayService todayService, StreakService streaks) {
        addClassNames("page", "home-view");
        Today today = todayService.today();
        add(new H1(getTranslation("home.greeting", today.profile().displayName())));
        add(goal(today.profile(), today.today()));
        Div grid = new Div(new ReadinessCard(today), new NextActionsCard(today), new DueSoonCard(today, streaks),
                new PaceCard(today), new ActivityCard(today));
        grid.addClassName("today-grid");
        add(grid);
    }

    private Div goal(AccountProfile profile, LocalDate today) {
        Div goal = new Div();
        goal.addClassName("goal-line");
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
