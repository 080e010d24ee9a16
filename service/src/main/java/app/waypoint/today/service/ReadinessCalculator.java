package app.waypoint.today.service;

import app.waypoint.interview.domain.Competency;
import app.waypoint.interview.domain.QuestionCategory;
import app.waypoint.interview.service.BankStanding;
import app.waypoint.interview.service.ProblemProgress;
import app.waypoint.interview.service.ProblemStanding;
import app.waypoint.portfolio.service.PortfolioReadiness;
import app.waypoint.roadmap.service.RoadmapStanding;

import java.util.ArrayList;
import java.util.List;

/** Readiness from the person's standings; each part's rule is here and nowhere else. */
final class ReadinessCalculator {

    /** A category with fewer cards counts the missing ones as forgotten, so five cards cannot make it ready. */
    static final int CARDS_PER_CATEGORY = 10;
    /** A re-solve that is due halves what the problem counts until it is done. */
    static final double DUE_PROBLEM_COUNTS = 0.5;
    /** About one mock interview a week. */
    static final int MOCK_INTERVIEWS_WANTED = 4;
    static final int MOCK_INTERVIEW_DAYS = 30;

    private ReadinessCalculator() {
    }

    static Readiness readiness(Standings standings) {
        return Readiness.of(List.of(roadmap(standings.roadmap()), questions(standings.bank()),
                problems(standings.problems()), portfolio(standings.portfolio().readiness()),
                stories(standings.practice().coveredCompetencies().size()),
                mockInterviews(standings.practice().recentMockInterviews())));
    }

    /** Topics done weighted by their skills' demand. Figures: percent, topics done, topics that count. */
    static PartScore roadmap(RoadmapStanding roadmap) {
        double fraction = roadmap.weightedFraction();
        return new PartScore(ReadinessPart.ROADMAP, fraction,
                List.of(percent(fraction), roadmap.progress().done(), roadmap.progress().counted()));
    }

    /**
     * The mean over the categories of how likely each card is recalled today. Figures: the percent of each
     * category, in {@link QuestionCategory} order.
     */
    static PartScore questions(BankStanding bank) {
        List<Integer> figures = new ArrayList<>();
        double sum = 0;
        for (QuestionCategory category : QuestionCategory.values()) {
            BankStanding.CategoryRecall recall = bank.categories().get(category);
            double share = recall == null ? 0 : recall.recall() / Math.max(recall.cards(), CARDS_PER_CATEGORY);
            figures.add(percent(share));
            sum += share;
        }
        double fraction = sum / QuestionCategory.values().length;
        return new PartScore(ReadinessPart.QUESTIONS, fraction, figures);
    }

    /**
     * Solved Easy and Medium problems toward the goal, a due re-solve counting half. Figures: solved toward the
     * goal, the goal, due re-solves among them.
     */
    static PartScore problems(ProblemStanding problems) {
        ProblemProgress progress = problems.progress();
        double counted = progress.solvedTowardGoal() - DUE_PROBLEM_COUNTS * problems.dueTowardGoal();
        double fraction = Math.min(1, counted / progress.goal());
        return new PartScore(ReadinessPart.PROBLEMS, fraction,
                List.of(progress.solvedTowardGoal(), progress.goal(), problems.dueTowardGoal()));
    }

    /**
     * Half for finished projects toward the number wanted, half for the checklist components they cover.
     * Figures: finished, wanted, covered, components.
     */
    static PartScore portfolio(PortfolioReadiness readiness) {
        int components = readiness.coveredComponents().size() + readiness.missingComponents().size();
        double projects = Math.min(1, (double) readiness.finishedProjects() / readiness.projectsWanted());
        double covered = components == 0 ? 0 : (double) readiness.coveredComponents().size() / components;
        return new PartScore(ReadinessPart.PORTFOLIO, (projects + covered) / 2,
                List.of(readiness.finishedProjects(), readiness.projectsWanted(),
                        readiness.coveredComponents().size(), components));
    }

    /** Practical competencies with a STAR story. Figures: covered, competencies. */
    static PartScore stories(int covered) {
        int all = Competency.values().length;
        return new PartScore(ReadinessPart.STORIES, (double) covered / all, List.of(covered, all));
    }

    /** Mock interviews in the last 30 days toward one a week. Figures: held, wanted. */
    static PartScore mockInterviews(int recent) {
        return new PartScore(ReadinessPart.MOCK_INTERVIEWS,
                Math.min(1, (double) recent / MOCK_INTERVIEWS_WANTED), List.of(recent, MOCK_INTERVIEWS_WANTED));
    }

    private static int percent(double fraction) {
        return (int) Math.floor(fraction * 100 + 1e-9);
    }
}
