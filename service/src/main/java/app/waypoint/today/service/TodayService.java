package app.waypoint.today.service;

import app.waypoint.account.service.AccountProfile;
import app.waypoint.account.service.AccountService;
import app.waypoint.activity.service.ActivityStanding;
import app.waypoint.activity.service.StreakService;
import app.waypoint.application.service.ApplicationService;
import app.waypoint.group.service.SessionService;
import app.waypoint.interview.service.BankStanding;
import app.waypoint.interview.service.MockInterviewService;
import app.waypoint.interview.service.ProblemService;
import app.waypoint.interview.service.ProblemStanding;
import app.waypoint.interview.service.QuestionBankService;
import app.waypoint.portfolio.service.PortfolioStanding;
import app.waypoint.portfolio.service.ProjectService;
import app.waypoint.roadmap.service.RoadmapStanding;
import app.waypoint.roadmap.service.RoadmapStandingService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The home page's data: each feature's standing, read in one transaction so the signed-in account is read
 * once, then readiness and the next steps computed from them. At most ten statements whatever the data size.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class TodayService {

    /** How far ahead "due soon" looks. */
    public static final int DUE_SOON_DAYS = 14;
    static final int PROBLEMS_SHOWN = 3;

    private final AccountService accounts;
    private final RoadmapStandingService roadmaps;
    private final QuestionBankService bank;
    private final ProblemService problems;
    private final ProjectService projects;
    private final MockInterviewService practice;
    private final SessionService sessions;
    private final StreakService streaks;
    private final ApplicationService applications;

    TodayService(AccountService accounts, RoadmapStandingService roadmaps, QuestionBankService bank,
                 ProblemService problems, ProjectService projects, MockInterviewService practice,
                 SessionService sessions, StreakService streaks, ApplicationService applications) {
        this.applications = applications;
        this.accounts = accounts;
        this.roadmaps = roadmaps;
        this.bank = bank;
        this.problems = problems;
        this.projects = projects;
        this.practice = practice;
        this.sessions = sessions;
        this.streaks = streaks;
    }

    public Today today() {
        AccountProfile profile = accounts.currentProfile();
        ActivityStanding activity = streaks.standing();
        RoadmapStanding roadmap = roadmaps.standing();
        BankStanding cards = bank.standing();
        ProblemStanding problemStanding = problems.standing();
        PortfolioStanding portfolio = projects.standing(DUE_SOON_DAYS);
        Standings standings = new Standings(profile, roadmap, cards, problemStanding, portfolio,
                practice.practice(ReadinessCalculator.MOCK_INTERVIEW_DAYS));

        Readiness readiness = ReadinessCalculator.readiness(standings);
        List<NextAction> actions = NextActions.rank(standings, readiness);
        DueSoon due = new DueSoon(cards.dueToday(), NextActions.minutesForCards(cards.dueToday()),
                problemStanding.due().stream().limit(PROBLEMS_SHOWN).toList(), problemStanding.due().size(),
                roadmap.roadmapKey(), roadmap.next() != null && roadmap.next().inProgress() ? roadmap.next() : null,
                deadlines(profile, portfolio, activity),
                applications.reminders(activity.today().plusDays(DUE_SOON_DAYS)),
                sessions.nextSessions(activity.today()), activity.streak());
        Pace pace = Pace.of(roadmap.plan(), profile.targetDate(), activity.studyDaysThisWeek(),
                activity.studyDaysLastWeek());
        return new Today(profile, activity.today(), readiness, actions, due, pace, activity, roadmap,
                openFirstSteps(standings));
    }

    private static List<Deadline> deadlines(AccountProfile profile, PortfolioStanding portfolio,
                                            ActivityStanding activity) {
        List<Deadline> deadlines = new ArrayList<>();
        portfolio.milestonesDue().forEach(milestone -> deadlines.add(new Deadline(Deadline.Kind.MILESTONE,
                milestone.dueDate(), milestone.title(), milestone.projectId(), milestone.projectTitle())));
        if (profile.targetDate() != null && !profile.targetDate().isBefore(activity.today())
                && !profile.targetDate().isAfter(activity.today().plusDays(DUE_SOON_DAYS))) {
            deadlines.add(new Deadline(Deadline.Kind.TARGET_DATE, profile.targetDate(), profile.targetRole(), null,
                    null));
        }
        deadlines.sort(Comparator.comparing(Deadline::date));
        return deadlines;
    }

    private static Set<ActionKind> openFirstSteps(Standings standings) {
        Set<ActionKind> open = EnumSet.noneOf(ActionKind.class);
        if (standings.profile().targetDate() == null) {
            open.add(ActionKind.SET_TARGET);
        }
        if (standings.roadmap().roadmapKey() != null && !standings.roadmap().started()) {
            open.add(ActionKind.START_ROADMAP);
        }
        if (standings.bank().cards() == 0) {
            open.add(ActionKind.LOAD_STARTER_QUESTIONS);
        }
        if (standings.portfolio().projects() == 0) {
            open.add(ActionKind.PLAN_PROJECT);
        }
        return open;
    }
}
