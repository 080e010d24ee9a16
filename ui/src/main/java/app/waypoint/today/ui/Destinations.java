package app.waypoint.today.ui;

import app.waypoint.account.ui.SettingsView;
import app.waypoint.interview.ui.MockInterviewsView;
import app.waypoint.interview.ui.ProblemsView;
import app.waypoint.interview.ui.QuestionsView;
import app.waypoint.interview.ui.ReviewView;
import app.waypoint.interview.ui.StoriesView;
import app.waypoint.portfolio.ui.ProjectsView;
import app.waypoint.roadmap.ui.RoadmapView;
import app.waypoint.roadmap.ui.RoadmapsView;
import app.waypoint.today.service.ActionKind;
import app.waypoint.today.service.ReadinessPart;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

/** Where each suggestion and each part of readiness is worked on: one tap from the home page. */
final class Destinations {

    private Destinations() {
    }

    static RouterLink of(ActionKind kind, String roadmapKey) {
        return switch (kind) {
            case SET_TARGET -> new RouterLink(SettingsView.class);
            case START_ROADMAP, CONTINUE_TOPIC -> roadmap(roadmapKey);
            case LOAD_STARTER_QUESTIONS -> new RouterLink(QuestionsView.class);
            case REVIEW_CARDS -> new RouterLink(ReviewView.class);
            case RESOLVE_PROBLEM, SOLVE_PROBLEM -> new RouterLink(ProblemsView.class);
            case WRITE_STORY -> new RouterLink(StoriesView.class);
            case LOG_MOCK_INTERVIEW -> new RouterLink(MockInterviewsView.class);
            case PLAN_PROJECT, FINISH_PROJECT, COVER_COMPONENT -> new RouterLink(ProjectsView.class);
        };
    }

    static RouterLink of(ReadinessPart part, String roadmapKey) {
        return switch (part) {
            case ROADMAP -> roadmap(roadmapKey);
            case QUESTIONS -> new RouterLink(ReviewView.class);
            case PROBLEMS -> new RouterLink(ProblemsView.class);
            case PORTFOLIO -> new RouterLink(ProjectsView.class);
            case STORIES -> new RouterLink(StoriesView.class);
            case MOCK_INTERVIEWS -> new RouterLink(MockInterviewsView.class);
        };
    }

    static RouterLink roadmap(String roadmapKey) {
        return roadmapKey == null ? new RouterLink(RoadmapsView.class)
                : new RouterLink(RoadmapView.class, new RouteParameters("key", roadmapKey));
    }

    /** A link around {@code content}, which makes the whole row the tap target. */
    static RouterLink around(RouterLink link, Component... content) {
        link.add(content);
        return link;
    }
}
