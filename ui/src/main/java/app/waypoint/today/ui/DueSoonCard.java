package app.waypoint.today.ui;

import app.waypoint.activity.service.StreakService;
import app.waypoint.activity.ui.StreakCard;
import app.waypoint.application.service.ApplicationReminder;
import app.waypoint.application.ui.ApplicationView;
import app.waypoint.base.ui.Texts;
import app.waypoint.group.service.UpcomingSession;
import app.waypoint.group.ui.GroupView;
import app.waypoint.interview.service.ProblemView;
import app.waypoint.interview.ui.ProblemsView;
import app.waypoint.interview.ui.QuestionsView;
import app.waypoint.interview.ui.ReviewView;
import app.waypoint.portfolio.ui.ProjectView;
import app.waypoint.portfolio.ui.ProjectsView;
import app.waypoint.today.service.ActionKind;
import app.waypoint.today.service.Deadline;
import app.waypoint.today.service.DueSoon;
import app.waypoint.today.service.Today;
import app.waypoint.today.service.TodayService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.stream.Collectors;

/**
 * What is due today and in the next two weeks: cards, re-solves, the topic in progress, milestones and the
 * target date, each group's next session, and the streak.
 */
class DueSoonCard extends Composite<Section> {

    DueSoonCard(Today today, StreakService streaks) {
        Section card = getContent();
        card.addClassNames("card", "due-soon-card");
        card.add(new H2(getTranslation("today.due.title")));
        DueSoon due = today.due();
        UnorderedList list = new UnorderedList();
        list.addClassName("due-list");

        if (due.cardsDue() > 0) {
            list.add(item("cards", link(new RouterLink(ReviewView.class),
                    getTranslation("today.due.cards", due.cardsDue(), due.cardMinutes()))));
        } else if (today.openFirstSteps().contains(ActionKind.LOAD_STARTER_QUESTIONS)) {
            list.add(item("cards", new Span(getTranslation("today.due.no-cards-yet")),
                    link(new RouterLink(QuestionsView.class), getTranslation("today.action.LOAD_STARTER_QUESTIONS"))));
        } else {
            list.add(item("cards", new Span(getTranslation("today.due.no-cards"))));
        }
        if (due.problemsDueCount() > 0) {
            String titles = due.problemsDue().stream().map(ProblemView::title).collect(Collectors.joining(", "));
            int more = due.problemsDueCount() - due.problemsDue().size();
            list.add(item("problems", link(new RouterLink(ProblemsView.class), more > 0
                    ? getTranslation("today.due.problems.more", titles, more)
                    : getTranslation("today.due.problems", titles))));
        }
        if (due.topicInProgress() != null) {
            list.add(item("topic", link(Destinations.roadmap(due.roadmapKey()),
                    getTranslation("today.due.topic", Texts.of(due.topicInProgress().title())))));
        } else if (today.openFirstSteps().contains(ActionKind.START_ROADMAP)) {
            list.add(item("topic", link(Destinations.roadmap(due.roadmapKey()),
                    getTranslation("today.action.START_ROADMAP", Texts.of(today.roadmap().roadmapTitle())))));
        }
        if (today.openFirstSteps().contains(ActionKind.PLAN_PROJECT)) {
            list.add(item("projects", new Span(getTranslation("today.due.no-projects")),
                    link(new RouterLink(ProjectsView.class), getTranslation("today.action.PLAN_PROJECT"))));
        }
        for (Deadline deadline : due.deadlines()) {
            list.add(deadline(deadline, today.today()));
        }
        for (ApplicationReminder reminder : due.applications()) {
            RouterLink application = link(new RouterLink(ApplicationView.class, new RouteParameters("id",
                    String.valueOf(reminder.id()))), getTranslation("today.due.application." + reminder.kind(),
                    reminder.company(), reminder.role()));
            list.add(item("application", application, reminder.kind() == ApplicationReminder.Kind.SILENT
                    ? since(reminder.date()) : when(reminder.date(), today.today())));
        }
        for (UpcomingSession session : due.sessions()) {
            RouterLink group = link(new RouterLink(GroupView.class, new RouteParameters("id",
                    String.valueOf(session.groupId()))), getTranslation("today.due.session", session.groupName(),
                    session.topic()));
            list.add(item("session", group, when(session.heldOn(), today.today())));
        }
        card.add(list);
        if (due.deadlines().isEmpty() && due.sessions().isEmpty() && due.applications().isEmpty()) {
            Paragraph quiet = new Paragraph(getTranslation("today.due.no-dates", TodayService.DUE_SOON_DAYS));
            quiet.addClassName("hint");
            card.add(quiet);
        }
        card.add(new StreakCard(streaks, due.streak()));
    }

    private ListItem deadline(Deadline deadline, LocalDate today) {
        if (deadline.kind() == Deadline.Kind.TARGET_DATE) {
            String role = deadline.title() == null ? getTranslation("home.goal.default-role") : deadline.title();
            return item("target", new Span(getTranslation("today.due.target", role)), when(deadline.date(), today));
        }
        RouterLink project = link(new RouterLink(ProjectView.class,
                new RouteParameters("id", String.valueOf(deadline.projectId()))),
                getTranslation("today.due.milestone", deadline.title(), deadline.projectTitle()));
        return item("milestone", project, when(deadline.date(), today));
    }

    private Span since(LocalDate date) {
        Span since = new Span(getTranslation("today.due.application.since", Texts.date(date)));
        since.addClassNames("hint", "due-when");
        return since;
    }

    /** Today, tomorrow, in N days, or overdue, with the date. */
    private Span when(LocalDate date, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, date);
        String relative = days < 0 ? getTranslation("today.date.overdue")
                : days == 0 ? getTranslation("today.date.today")
                : days == 1 ? getTranslation("today.date.tomorrow")
                : getTranslation("today.date.in-days", days);
        Span when = new Span(relative + " · " + Texts.date(date));
        when.addClassNames("hint", "due-when");
        if (days < 0) {
            when.addClassName("overdue");
        }
        return when;
    }

    private static RouterLink link(RouterLink link, String text) {
        link.setText(text);
        return link;
    }

    private static ListItem item(String kind, Component... content) {
        Div line = new Div(content);
        line.addClassName("due-line");
        ListItem item = new ListItem(line);
        item.getElement().setAttribute("data-due", kind);
        return item;
    }
}
