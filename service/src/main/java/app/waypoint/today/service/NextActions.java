package app.waypoint.today.service;

import app.waypoint.base.domain.LocalizedText;
import app.waypoint.interview.domain.Competency;
import app.waypoint.interview.domain.QuestionCategory;
import app.waypoint.interview.service.BankStanding;
import app.waypoint.interview.service.ProblemView;
import app.waypoint.portfolio.service.PortfolioReadiness;
import app.waypoint.roadmap.service.RoadmapStanding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The steps that raise readiness most for the time they take: a new person's first steps come first, then the
 * rest by expected points per minute, at most one per part of readiness.
 */
final class NextActions {

    static final int SHOWN = 3;
    static final int SECONDS_PER_CARD = 40;
    /** Solving a problem again takes less than the first time: the approach is known. */
    static final int MINUTES_PER_RESOLVE = 10;
    static final int MINUTES_PER_NEW_PROBLEM = 30;
    static final int MINUTES_PER_STORY = 30;
    static final int MINUTES_PER_MOCK_INTERVIEW = 60;
    static final int MINUTES_TO_FINISH_PROJECT = 20 * 60;
    static final int MINUTES_PER_COMPONENT = 4 * 60;

    private NextActions() {
    }

    static List<NextAction> rank(Standings standings, Readiness readiness) {
        List<NextAction> candidates = new ArrayList<>();
        if (standings.profile().targetDate() == null) {
            candidates.add(new NextAction(ActionKind.SET_TARGET, null, 1, 0, 0, null, null));
        }
        roadmap(standings.roadmap(), candidates);
        cards(standings.bank(), candidates);
        problems(standings, readiness, candidates);
        portfolio(standings, candidates);
        stories(standings.practice().coveredCompetencies(), candidates);
        if (standings.practice().recentMockInterviews() < ReadinessCalculator.MOCK_INTERVIEWS_WANTED) {
            candidates.add(new NextAction(ActionKind.LOG_MOCK_INTERVIEW, ReadinessPart.MOCK_INTERVIEWS,
                    MINUTES_PER_MOCK_INTERVIEW, pointsOf(ReadinessPart.MOCK_INTERVIEWS,
                    1.0 / ReadinessCalculator.MOCK_INTERVIEWS_WANTED), 0, null, null));
        }
        List<NextAction> ranked = new ArrayList<>();
        Set<ReadinessPart> parts = EnumSet.noneOf(ReadinessPart.class);
        for (NextAction action : candidates.stream()
                .sorted(Comparator.comparingDouble(NextAction::value).reversed()).toList()) {
            if (ranked.size() == SHOWN) {
                break;
            }
            if (action.part() == null || parts.add(action.part())) {
                ranked.add(action);
            }
        }
        return ranked;
    }

    /** Minutes for a number of cards, at about {@value #SECONDS_PER_CARD} seconds a card. */
    static int minutesForCards(int cards) {
        return (int) Math.ceil(cards * SECONDS_PER_CARD / 60.0);
    }

    private static void roadmap(RoadmapStanding roadmap, List<NextAction> candidates) {
        if (roadmap.roadmapKey() == null) {
            return;
        }
        if (!roadmap.started()) {
            candidates.add(new NextAction(ActionKind.START_ROADMAP, ReadinessPart.ROADMAP, 1, 0, 0,
                    roadmap.roadmapTitle(), roadmap.roadmapKey()));
            return;
        }
        RoadmapStanding.NextTopic next = roadmap.next();
        if (next != null && roadmap.weightCounted() > 0) {
            double gain = pointsOf(ReadinessPart.ROADMAP, (double) next.weight() / roadmap.weightCounted());
            candidates.add(new NextAction(ActionKind.CONTINUE_TOPIC, ReadinessPart.ROADMAP,
                    (int) Math.max(1, Math.round(next.hours() * 60)), gain, 0, next.title(), roadmap.roadmapKey()));
        }
    }

    /** Reviewing a due card is taken to bring its recall to about certain. */
    private static void cards(BankStanding bank, List<NextAction> candidates) {
        if (bank.cards() == 0) {
            candidates.add(new NextAction(ActionKind.LOAD_STARTER_QUESTIONS, ReadinessPart.QUESTIONS, 1, 0, 0, null,
                    null));
            return;
        }
        if (bank.dueToday() == 0) {
            return;
        }
        double share = 0;
        for (BankStanding.CategoryRecall recall : bank.categories().values()) {
            share += (recall.due() - recall.dueRecall())
                    / Math.max(recall.cards(), ReadinessCalculator.CARDS_PER_CATEGORY);
        }
        double gain = pointsOf(ReadinessPart.QUESTIONS, share / QuestionCategory.values().length);
        candidates.add(new NextAction(ActionKind.REVIEW_CARDS, ReadinessPart.QUESTIONS,
                minutesForCards(bank.dueToday()), gain, bank.dueToday(), null, null));
    }

    private static void problems(Standings standings, Readiness readiness, List<NextAction> candidates) {
        double onePoint = pointsOf(ReadinessPart.PROBLEMS, 1.0 / standings.problems().progress().goal());
        ProblemView due = standings.problems().due().stream().findFirst().orElse(null);
        if (due != null) {
            candidates.add(new NextAction(ActionKind.RESOLVE_PROBLEM, ReadinessPart.PROBLEMS, MINUTES_PER_RESOLVE,
                    onePoint * ReadinessCalculator.DUE_PROBLEM_COUNTS, 0, new LocalizedText(due.title(), due.title()),
                    String.valueOf(due.id())));
        }
        if (readiness.part(ReadinessPart.PROBLEMS).fraction() < 1) {
            candidates.add(new NextAction(ActionKind.SOLVE_PROBLEM, ReadinessPart.PROBLEMS, MINUTES_PER_NEW_PROBLEM,
                    onePoint, 0, null, null));
        }
    }

    private static void portfolio(Standings standings, List<NextAction> candidates) {
        if (standings.portfolio().projects() == 0) {
            candidates.add(new NextAction(ActionKind.PLAN_PROJECT, ReadinessPart.PORTFOLIO, 1, 0, 0, null, null));
            return;
        }
        PortfolioReadiness readiness = standings.portfolio().readiness();
        if (readiness.finishedProjects() < readiness.projectsWanted()) {
            candidates.add(new NextAction(ActionKind.FINISH_PROJECT, ReadinessPart.PORTFOLIO,
                    MINUTES_TO_FINISH_PROJECT, pointsOf(ReadinessPart.PORTFOLIO, 0.5 / readiness.projectsWanted()),
                    0, null, null));
        } else if (!readiness.missingComponents().isEmpty()) {
            int components = readiness.coveredComponents().size() + readiness.missingComponents().size();
            String component = readiness.missingComponents().getFirst();
            candidates.add(new NextAction(ActionKind.COVER_COMPONENT, ReadinessPart.PORTFOLIO, MINUTES_PER_COMPONENT,
                    pointsOf(ReadinessPart.PORTFOLIO, 0.5 / components), 0,
                    standings.portfolio().componentTitles().getOrDefault(component,
                            new LocalizedText(component, component)), component));
        }
    }

    private static void stories(Set<Competency> covered, List<NextAction> candidates) {
        for (Competency competency : Competency.values()) {
            if (!covered.contains(competency)) {
                candidates.add(new NextAction(ActionKind.WRITE_STORY, ReadinessPart.STORIES, MINUTES_PER_STORY,
                        pointsOf(ReadinessPart.STORIES, 1.0 / Competency.values().length), 0,
                        new LocalizedText(competency.name(), competency.name()), null));
                return;
            }
        }
    }

    private static double pointsOf(ReadinessPart part, double fraction) {
        return part.weight() * fraction;
    }
}
