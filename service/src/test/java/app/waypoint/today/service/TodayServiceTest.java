package app.waypoint.today.service;

import app.waypoint.MutableClock;
import app.waypoint.TestDatabase;
import app.waypoint.account.service.AccountFixtures;
import app.waypoint.account.service.AccountProfile;
import app.waypoint.account.service.AccountService;
import app.waypoint.account.service.CurrentUser;
import app.waypoint.account.service.ProfileUpdate;
import app.waypoint.activity.service.ActivityStanding;
import app.waypoint.base.domain.Language;
import app.waypoint.group.service.GroupService;
import app.waypoint.group.service.SessionService;
import app.waypoint.group.service.UpcomingSession;
import app.waypoint.interview.domain.Competency;
import app.waypoint.interview.domain.MockInterviewKind;
import app.waypoint.interview.domain.ProblemDifficulty;
import app.waypoint.interview.domain.QuestionCategory;
import app.waypoint.interview.domain.ReviewGrade;
import app.waypoint.interview.service.Fsrs;
import app.waypoint.interview.service.MockInterviewDraft;
import app.waypoint.interview.service.MockInterviewService;
import app.waypoint.interview.service.ProblemService;
import app.waypoint.interview.service.ProblemView;
import app.waypoint.interview.service.QuestionBankService;
import app.waypoint.interview.service.ReviewCard;
import app.waypoint.interview.service.ReviewSettingsService;
import app.waypoint.interview.service.StoryDraft;
import app.waypoint.interview.service.StoryService;
import app.waypoint.portfolio.domain.ProjectStatus;
import app.waypoint.portfolio.service.ProjectDetails;
import app.waypoint.portfolio.service.ProjectRecordsService;
import app.waypoint.portfolio.service.ProjectService;
import app.waypoint.portfolio.service.TeamProjectService;
import app.waypoint.roadmap.domain.ProgressStatus;
import app.waypoint.roadmap.service.PlanProjection;
import app.waypoint.roadmap.service.RoadmapOutline;
import app.waypoint.roadmap.service.RoadmapService;
import app.waypoint.roadmap.service.RoadmapStanding;
import app.waypoint.roadmap.service.RoadmapStandingService;
import app.waypoint.skill.service.SkillService;
import app.waypoint.skill.service.SkillStanding;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The home page's service over real data, built through the features' own services as a person would build it.
 * Every expected figure is derived here from the inputs and the rules documented on {@link ReadinessCalculator}
 * and {@link NextActions}.
 */
@SpringBootTest
class TodayServiceTest {

    static final String ROADMAP = "ai-backend-2025h2";
    static final String ME = "today@example.com";
    static final String MATE = "mate@example.com";
    /** Monday 2 March 2026, 09:30 in Seoul (the default time zone): day 0 of every test. */
    static final Instant START = Instant.parse("2026-03-02T00:30:00Z");
    static final LocalDate FIRST_DAY = LocalDate.of(2026, 3, 2);
    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    static final double CLOSE = 1e-9;
    // The documented rules, written out so that a changed constant shows here: a category counts at least ten
    // cards, a due re-solve counts half, the goal is 100 problems, two finished projects and four mock interviews
    // in 30 days are wanted, and the project checklist has eight components.
    static final int CARDS_COUNTED = 10;
    static final double DUE_COUNTS = 0.5;
    static final int GOAL = 100;
    static final int PROJECTS_WANTED = 2;
    static final int MOCKS_WANTED = 4;
    static final int COMPONENTS = 8;

    @Autowired TodayService todayService;
    @Autowired AccountService accountService;
    @Autowired RoadmapService roadmaps;
    @Autowired RoadmapStandingService roadmapStandings;
    @Autowired SkillService skills;
    @Autowired QuestionBankService bank;
    @Autowired ReviewSettingsService reviewSettings;
    @Autowired ProblemService problems;
    @Autowired ProjectService projects;
    @Autowired ProjectRecordsService projectRecords;
    @Autowired TeamProjectService teamProjects;
    @Autowired StoryService stories;
    @Autowired MockInterviewService mocks;
    @Autowired GroupService groups;
    @Autowired SessionService sessions;
    @Autowired CurrentUser currentUser;
    @Autowired AccountFixtures accounts;
    @Autowired TestDatabase database;
    @Autowired MutableClock clock;

    private final Fsrs fsrs = new Fsrs();

    @BeforeEach
    void signedIn() {
        database.reset();
        clock.set(START);
        accounts.signUpAndLogIn(ME);
    }

    @AfterEach
    void logOut() {
        AccountFixtures.logOut();
    }

    // ---------------------------------------------------------------- readiness

    @Test
    void aNewAccountIsAtZeroInEveryPartAndIsShownItsFirstStepsInOrder() {
        Today today = todayService.today();

        assertThat(today.today()).isEqualTo(FIRST_DAY);
        assertThat(today.readiness().total()).isZero();
        assertThat(today.readiness().parts()).extracting(PartScore::part).containsExactly(ReadinessPart.values());
        assertThat(today.readiness().parts()).allSatisfy(part -> assertThat(part.fraction()).isZero());
        assertThat(today.actions()).extracting(NextAction::kind)
                .containsExactly(ActionKind.SET_TARGET, ActionKind.START_ROADMAP, ActionKind.LOAD_STARTER_QUESTIONS);
        assertThat(today.openFirstSteps()).containsExactlyInAnyOrder(ActionKind.SET_TARGET, ActionKind.START_ROADMAP,
                ActionKind.LOAD_STARTER_QUESTIONS, ActionKind.PLAN_PROJECT);
        NextAction start = today.actions().get(1);
        assertThat(start.target()).isEqualTo(ROADMAP);
        assertThat(start.subject()).isEqualTo(today.roadmap().roadmapTitle());

        DueSoon due = today.due();
        assertThat(due.cardsDue()).isZero();
        assertThat(due.cardMinutes()).isZero();
        assertThat(due.problemsDue()).isEmpty();
        assertThat(due.problemsDueCount()).isZero();
        assertThat(due.topicInProgress()).isNull();
        assertThat(due.deadlines()).isEmpty();
        assertThat(due.sessions()).isEmpty();
        assertThat(due.streak().days()).isZero();
        assertThat(due.streak().activeToday()).isFalse();

        assertThat(today.pace().plan()).isNull();
        assertThat(today.pace().targetDate()).isNull();
        assertThat(today.pace().weeksLate()).isNull();
        assertThat(today.pace().studyDaysThisWeek()).isZero();
        assertThat(today.pace().studyDaysLastWeek()).isZero();
        assertThat(today.activity().workPerDay()).isEmpty();
        assertThat(today.roadmap().started()).isFalse();
    }

    /**
     * Nine days of work: a target, the roadmap started with three topics done, one in progress and one skipped,
     * the starter questions with seven cards reviewed, problems solved (two of them due again), one project marked
     * done with two of its components ticked (not finished while the others are open), one STAR story and one mock
     * interview.
     */
    @Test
    void aHalfwayAccountIsScoredPartByPartByTheDocumentedRules() {
        setTarget("ML engineer", day(180));
        roadmaps.start(ROADMAP);
        bank.addStarterSet(Language.EN);
        long validParentheses = problems.add("Valid Parentheses", "https://leetcode.com/problems/valid-parentheses/",
                "LeetCode", ProblemDifficulty.EASY, "stack");
        long twoSum = problems.add("Two Sum", "https://leetcode.com/problems/two-sum/", "LeetCode",
                ProblemDifficulty.EASY, "array");
        long lruCache = problems.add("LRU Cache", "https://leetcode.com/problems/lru-cache/", "LeetCode",
                ProblemDifficulty.MEDIUM, "design");
        long median = problems.add("Median of Two Sorted Arrays",
                "https://leetcode.com/problems/median-of-two-sorted-arrays/", "LeetCode", ProblemDifficulty.HARD, null);
        long wordBreak = problems.add("Word Break", "https://leetcode.com/problems/word-break/", "LeetCode",
                ProblemDifficulty.MEDIUM, "dp");
        solve(twoSum);                                   // due again on day 7
        problems.attempt(wordBreak, false, 45, problems.problem(wordBreak).version());
        List<RoadmapOutline.Topic> topics = topics();
        RoadmapOutline.Topic inProgress = topics.get(3);
        RoadmapOutline.Topic skipped = topics.getLast();

        goToDay(1);
        solve(validParentheses);                         // due again on day 8
        roadmaps.changeStatus(topics.get(0).id(), ProgressStatus.DONE);

        Map<Long, Integer> reviewedOn = new HashMap<>();
        goToDay(5);
        bank.myCards(QuestionCategory.ML).stream().limit(4).forEach(card -> reviewEasy(card, 5, reviewedOn));
        solve(lruCache);                                 // due again on day 12
        solve(median);                                   // Hard: never counts toward the goal
        roadmaps.changeStatus(topics.get(1).id(), ProgressStatus.DONE);

        goToDay(7);
        bank.myCards(QuestionCategory.BACKEND_CS).stream().limit(3).forEach(card -> reviewEasy(card, 7, reviewedOn));
        roadmaps.changeStatus(topics.get(2).id(), ProgressStatus.DONE);
        roadmaps.changeStatus(inProgress.id(), ProgressStatus.IN_PROGRESS);
        roadmaps.changeStatus(skipped.id(), ProgressStatus.SKIPPED);
        List<String> components = componentKeys();
        finishedProject("RAG chatbot", components.subList(0, 2));
        stories.add(story("Faster search", Set.of(Competency.PERFORMANCE)));
        mocks.log(new MockInterviewDraft(day(7), MockInterviewKind.TECHNICAL, "Kim", "Transformers", 3, List.of()));

        goToDay(9);
        Today today = todayService.today();
        Readiness readiness = today.readiness();

        // roadmap: done topics' demand weight over the weight of the topics that count (all but the skipped one)
        Map<Long, Integer> weights = topicWeights(topics);
        int weightedDone = weights.get(topics.get(0).id()) + weights.get(topics.get(1).id())
                + weights.get(topics.get(2).id());
        int weightCounted = weights.values().stream().mapToInt(Integer::intValue).sum() - weights.get(skipped.id());
        RoadmapStanding roadmap = roadmapStandings.standing();
        assertThat(roadmap.weightedDone()).isEqualTo(weightedDone);
        assertThat(roadmap.weightCounted()).isEqualTo(weightCounted);
        double roadmapFraction = (double) weightedDone / weightCounted;
        assertPart(readiness, ReadinessPart.ROADMAP, roadmapFraction,
                List.of(percent(roadmapFraction), 3, topics.size() - 1));

        // questions: per category, the recall of its cards now over at least ten cards; the mean of the five
        double stability = fsrs.first(ReviewGrade.EASY).stability();
        List<ReviewCard> deck = bank.myCards();
        double questionsSum = 0;
        List<Integer> categoryPercents = new ArrayList<>();
        for (QuestionCategory category : QuestionCategory.values()) {
            List<ReviewCard> cards = deck.stream().filter(card -> card.category() == category).toList();
            double recall = cards.stream().mapToDouble(card -> recallOnDay(card, 9, reviewedOn, stability)).sum();
            double share = recall / Math.max(cards.size(), CARDS_COUNTED);
            questionsSum += share;
            categoryPercents.add(percent(share));
        }
        double questionsFraction = questionsSum / QuestionCategory.values().length;
        assertThat(categoryPercents.get(QuestionCategory.ML.ordinal())).isPositive();
        assertThat(categoryPercents.get(QuestionCategory.BACKEND_CS.ordinal())).isPositive();
        assertThat(categoryPercents.get(QuestionCategory.SYSTEM_DESIGN.ordinal())).isZero();
        assertPart(readiness, ReadinessPart.QUESTIONS, questionsFraction, categoryPercents);

        // problems: three solved Easy/Medium (the Hard one and the unsolved one do not count), two due again
        double problemsFraction = (3 - DUE_COUNTS * 2) / GOAL;
        assertPart(readiness, ReadinessPart.PROBLEMS, problemsFraction, List.of(3, GOAL, 2));

        // portfolio: no finished project of the two wanted (the one marked done has components open), two of the
        // components covered all the same
        double portfolioFraction = (0 + 2.0 / components.size()) / 2;
        assertPart(readiness, ReadinessPart.PORTFOLIO, portfolioFraction,
                List.of(0, PROJECTS_WANTED, 2, components.size()));

        int competencies = Competency.values().length;
        assertPart(readiness, ReadinessPart.STORIES, 1.0 / competencies, List.of(1, competencies));
        assertPart(readiness, ReadinessPart.MOCK_INTERVIEWS, 1.0 / MOCKS_WANTED,
                List.of(1, MOCKS_WANTED));

        double points = 30 * roadmapFraction + 20 * questionsFraction + 20 * problemsFraction + 15 * portfolioFraction
                + 10.0 / competencies + 5.0 / MOCKS_WANTED;
        assertThat(readiness.total()).isEqualTo((int) Math.floor(points + CLOSE));
        assertThat(readiness.total()).isPositive();

        // next steps: a due card is worth about 4/14 of a point in 40 seconds, a story 2.5 points in half an hour,
        // a mock interview 1.25 points in an hour; a new problem (0.2 in 30 minutes), the second project (3.75 in
        // 20 hours) and the topic in progress (a few points in days of study) rank lower
        assertThat(today.openFirstSteps()).isEmpty();
        assertThat(today.actions()).extracting(NextAction::kind)
                .containsExactly(ActionKind.REVIEW_CARDS, ActionKind.WRITE_STORY, ActionKind.LOG_MOCK_INTERVIEW);
        assertRankedByPointsPerMinute(today.actions());
        NextAction review = today.actions().get(0);
        int cardsDue = (int) bank.summary().dueToday();
        assertThat(cardsDue).isEqualTo(20);   // the default of twenty new cards a day, none of the reviewed due yet
        assertThat(review.count()).isEqualTo(cardsDue);
        assertThat(review.minutes()).isEqualTo((int) Math.ceil(cardsDue * NextActions.SECONDS_PER_CARD / 60.0));
        double reviewShare = 0;
        for (ReviewCard card : bank.dueCards()) {
            long inCategory = deck.stream().filter(other -> other.category() == card.category()).count();
            reviewShare += (1 - recallOnDay(card, 9, reviewedOn, stability))
                    / Math.max(inCategory, CARDS_COUNTED);
        }
        assertThat(review.gain()).isCloseTo(20 * reviewShare / QuestionCategory.values().length, offset(CLOSE));
        NextAction write = today.actions().get(1);
        assertThat(write.subject().en()).isEqualTo(Competency.COST.name());   // the first competency without a story
        assertThat(write.gain()).isCloseTo(10.0 / competencies, offset(CLOSE));
        assertThat(write.minutes()).isEqualTo(NextActions.MINUTES_PER_STORY);
        NextAction mock = today.actions().get(2);
        assertThat(mock.gain()).isCloseTo(5.0 / MOCKS_WANTED, offset(CLOSE));
        assertThat(mock.minutes()).isEqualTo(NextActions.MINUTES_PER_MOCK_INTERVIEW);

        // what is due
        DueSoon due = today.due();
        assertThat(due.cardsDue()).isEqualTo(cardsDue);
        assertThat(due.cardMinutes()).isEqualTo(review.minutes());
        assertThat(due.problemsDue()).extracting(ProblemView::id).containsExactly(twoSum, validParentheses);
        assertThat(due.problemsDueCount()).isEqualTo(2);
        assertThat(due.roadmapKey()).isEqualTo(ROADMAP);
        assertThat(due.topicInProgress()).isNotNull();
        assertThat(due.topicInProgress().id()).isEqualTo(inProgress.id());
        assertThat(due.topicInProgress().title()).isEqualTo(inProgress.title());
        assertThat(due.topicInProgress().inProgress()).isTrue();
        assertThat(due.topicInProgress().weight()).isEqualTo(weights.get(inProgress.id()));
        assertThat(due.deadlines()).isEmpty();   // the target is months away and the project had no milestones
        assertThat(today.roadmap().started()).isTrue();
        assertThat(today.roadmap().plan()).isNotNull();
    }

    /**
     * Every part close to done: all topics but one done, every card reviewed yesterday in categories of at least
     * ten, 102 problems solved (two of them due again), two finished projects each with every component, stories
     * for every competency and four mock interviews this month.
     */
    @Test
    void aNearlyReadyAccountScoresAtLeast85AndIsShownTheMostOverdueReSolveInsteadOfFirstSteps() {
        setTarget("AI backend engineer", day(60));
        roadmaps.start(ROADMAP);
        bank.addStarterSet(Language.EN);
        Map<QuestionCategory, Long> starterCounts = bank.myCards().stream()
                .collect(Collectors.groupingBy(ReviewCard::category, Collectors.counting()));
        for (QuestionCategory category : QuestionCategory.values()) {
            long missing = CARDS_COUNTED - starterCounts.getOrDefault(category, 0L);
            for (int i = 0; i < missing; i++) {
                bank.addCard(category, "Own " + category + " question " + i, "An answer", null, null);
            }
        }
        long lessOverdue = problems.add("Merge Intervals", "https://leetcode.com/problems/merge-intervals/",
                "LeetCode", ProblemDifficulty.MEDIUM, null);
        long mostOverdue = problems.add("Climbing Stairs", "https://leetcode.com/problems/climbing-stairs/",
                "LeetCode", ProblemDifficulty.EASY, null);
        solve(mostOverdue);                              // due again on day 7
        List<RoadmapOutline.Topic> topics = topics();
        RoadmapOutline.Topic last = topics.getLast();
        topics.stream().filter(topic -> topic != last)
                .forEach(topic -> roadmaps.changeStatus(topic.id(), ProgressStatus.DONE));
        roadmaps.changeStatus(last.id(), ProgressStatus.IN_PROGRESS);
        List<String> components = componentKeys();
        finishedProject("Chatbot", components);
        finishedProject("Serving platform", components);
        stories.add(story("Everything at once", EnumSet.allOf(Competency.class)));
        for (int i = 0; i < MOCKS_WANTED; i++) {
            mocks.log(new MockInterviewDraft(day(-3 * i), MockInterviewKind.values()[i], "Partner " + i, null, 4,
                    List.of()));
        }

        goToDay(1);
        solve(lessOverdue);                              // due again on day 8
        goToDay(8);
        Map<Long, Integer> reviewedOn = new HashMap<>();
        bank.myCards().forEach(card -> reviewEasy(card, 8, reviewedOn));
        goToDay(9);
        for (int i = 0; i < GOAL; i++) {
            long problem = problems.add("Problem " + i, "https://example.com/problems/" + i, null,
                    i % 2 == 0 ? ProblemDifficulty.EASY : ProblemDifficulty.MEDIUM, null);
            problems.attempt(problem, true, 20, 0);
        }

        Today today = todayService.today();
        Readiness readiness = today.readiness();

        Map<Long, Integer> weights = topicWeights(topics);
        int allWeight = weights.values().stream().mapToInt(Integer::intValue).sum();
        assertPart(readiness, ReadinessPart.ROADMAP, (double) (allWeight - weights.get(last.id())) / allWeight,
                List.of(percent((double) (allWeight - weights.get(last.id())) / allWeight), topics.size() - 1,
                        topics.size()));
        double recalledAfterADay = fsrs.retrievability(1, fsrs.first(ReviewGrade.EASY).stability());
        assertThat(readiness.part(ReadinessPart.QUESTIONS).fraction()).isCloseTo(recalledAfterADay, offset(CLOSE));
        // 102 solved, two due again counting half: 101 is past the goal, which caps the part
        assertPart(readiness, ReadinessPart.PROBLEMS, 1, List.of(GOAL + 2, GOAL, 2));
        assertPart(readiness, ReadinessPart.PORTFOLIO, 1,
                List.of(2, PROJECTS_WANTED, components.size(), components.size()));
        assertPart(readiness, ReadinessPart.STORIES, 1, List.of(4, 4));
        assertPart(readiness, ReadinessPart.MOCK_INTERVIEWS, 1, List.of(4, 4));
        assertThat(readiness.parts()).allSatisfy(part -> assertThat(part.fraction()).isGreaterThan(0.9));
        assertThat(readiness.total()).isGreaterThanOrEqualTo(85)
                .isEqualTo((int) Math.floor(readiness.parts().stream().mapToDouble(PartScore::points).sum() + CLOSE));

        assertThat(today.openFirstSteps()).isEmpty();
        assertThat(today.actions()).isNotEmpty().hasSizeLessThanOrEqualTo(NextActions.SHOWN)
                .noneMatch(action -> action.kind().isFirstStep());
        assertRankedByPointsPerMinute(today.actions());
        // nothing due to review, nothing left to write or log: the re-solve and the last topic remain
        assertThat(today.actions()).extracting(NextAction::kind)
                .containsExactly(ActionKind.RESOLVE_PROBLEM, ActionKind.CONTINUE_TOPIC);
        NextAction resolve = today.actions().getFirst();
        assertThat(resolve.subject().en()).isEqualTo("Climbing Stairs");
        assertThat(resolve.target()).isEqualTo(String.valueOf(mostOverdue));
        assertThat(resolve.minutes()).isEqualTo(NextActions.MINUTES_PER_RESOLVE);
        assertThat(resolve.gain()).isCloseTo(20.0 / GOAL * DUE_COUNTS,
                offset(CLOSE));
        NextAction topic = today.actions().get(1);
        assertThat(topic.subject()).isEqualTo(last.title());
        assertThat(topic.target()).isEqualTo(ROADMAP);
        assertThat(topic.gain()).isCloseTo(30.0 * weights.get(last.id()) / allWeight, offset(CLOSE));
        assertThat(today.due().problemsDue()).extracting(ProblemView::id).containsExactly(mostOverdue, lessOverdue);
        assertThat(today.due().cardsDue()).isZero();
    }

    @Test
    void onlyMockInterviewsHeldInTheLastThirtyDaysCountNotOnesDatedAhead() {
        goToDay(40);
        mocks.log(new MockInterviewDraft(day(40), MockInterviewKind.CODING, null, null, 3, List.of()));
        mocks.log(new MockInterviewDraft(day(11), MockInterviewKind.CODING, null, null, 3, List.of()));
        mocks.log(new MockInterviewDraft(day(10), MockInterviewKind.CODING, null, null, 3, List.of()));
        mocks.log(new MockInterviewDraft(day(41), MockInterviewKind.CODING, null, null, 3, List.of()));

        assertThat(todayService.today().readiness().part(ReadinessPart.MOCK_INTERVIEWS).figures())
                .as("today and 29 days ago count; 30 days ago and tomorrow do not").startsWith(2);
    }

    // ---------------------------------------------------------------- next actions

    /**
     * Two problems due again while the goal is far: a re-solve (0.1 points in 10 minutes) beats a new problem
     * (0.2 in 30), and a part gets only its best step, so finishing a project (3.75 points in 20 hours, less per
     * minute than a new problem) still makes the list while the new problem does not.
     */
    @Test
    void eachPartOffersOnlyItsBestStepAndStepsRankByPointsPerMinute() {
        setTarget("Backend engineer", day(90));
        roadmaps.start(ROADMAP);
        long card = bank.addCard(QuestionCategory.ML, "What is attention?", "Weights over tokens", null, null);
        projects.createBlank("Half-built API");
        stories.add(story("Everything at once", EnumSet.allOf(Competency.class)));
        for (int i = 0; i < MOCKS_WANTED; i++) {
            mocks.log(new MockInterviewDraft(day(0), MockInterviewKind.CODING, null, null, 3, List.of()));
        }
        long first = problems.add("Two Sum", "https://leetcode.com/problems/two-sum/", null, ProblemDifficulty.EASY,
                null);
        long second = problems.add("Three Sum", "https://leetcode.com/problems/3sum/", null, ProblemDifficulty.MEDIUM,
                null);
        solve(first);
        solve(second);
        goToDay(9);
        bank.review(card, ReviewGrade.EASY, bank.card(card).version());

        Today today = todayService.today();

        assertThat(today.due().problemsDueCount()).isEqualTo(2);
        assertThat(today.actions()).extracting(NextAction::kind)
                .containsExactly(ActionKind.RESOLVE_PROBLEM, ActionKind.FINISH_PROJECT, ActionKind.CONTINUE_TOPIC);
        assertThat(today.actions()).extracting(NextAction::part).doesNotHaveDuplicates();
        assertRankedByPointsPerMinute(today.actions());
        double solveValue = 20.0 / GOAL / NextActions.MINUTES_PER_NEW_PROBLEM;
        double resolveValue = 20.0 / GOAL * DUE_COUNTS
                / NextActions.MINUTES_PER_RESOLVE;
        double finishValue = 15 * 0.5 / PROJECTS_WANTED / NextActions.MINUTES_TO_FINISH_PROJECT;
        assertThat(today.actions().get(0).value()).isCloseTo(resolveValue, offset(CLOSE));
        assertThat(today.actions().get(1).value()).isCloseTo(finishValue, offset(CLOSE));
        assertThat(solveValue).isBetween(finishValue, resolveValue);   // left out for its part, not for its value
        assertThat(today.readiness().part(ReadinessPart.PROBLEMS).fraction())
                .isCloseTo((2 - DUE_COUNTS * 2) / GOAL, offset(CLOSE));
    }

    @Test
    void theReviewStepCoversWhatIsLeftTodayWithinTheNewCardsLimit() {
        setTarget("Backend engineer", day(90));
        roadmaps.start(ROADMAP);
        projects.createBlank("Some project");
        int added = bank.addStarterSet(Language.EN);
        assertThat(added).isGreaterThan(20);

        NextAction review = reviewAction(todayService.today());
        assertThat(review.count()).isEqualTo(bank.summary().dueToday()).isEqualTo(20);

        List<ReviewCard> dueNow = bank.dueCards();
        bank.review(dueNow.get(0).id(), ReviewGrade.EASY, dueNow.get(0).version());
        bank.review(dueNow.get(1).id(), ReviewGrade.EASY, dueNow.get(1).version());
        Today afterTwo = todayService.today();
        assertThat(reviewAction(afterTwo).count()).isEqualTo(bank.summary().dueToday()).isEqualTo(18);
        assertThat(afterTwo.due().cardsDue()).isEqualTo(18);

        reviewSettings.change(0.9, 5, 200, reviewSettings.mine().version());
        Today limited = todayService.today();
        NextAction fewer = reviewAction(limited);
        assertThat(fewer.count()).isEqualTo(bank.summary().dueToday()).isEqualTo(5 - 2);
        assertThat(fewer.minutes()).isEqualTo((int) Math.ceil(3 * NextActions.SECONDS_PER_CARD / 60.0));
        assertThat(limited.due().cardsDue()).isEqualTo(3);
        assertThat(limited.due().cardMinutes()).isEqualTo(fewer.minutes());

        reviewSettings.change(0.9, 2, 200, reviewSettings.mine().version());
        Today done = todayService.today();
        assertThat(bank.summary().dueToday()).isZero();
        assertThat(done.due().cardsDue()).isZero();
        assertThat(done.actions()).extracting(NextAction::kind).doesNotContain(ActionKind.REVIEW_CARDS)
                .hasSizeLessThanOrEqualTo(NextActions.SHOWN);
    }

    // ---------------------------------------------------------------- due soon

    @Test
    void dueSoonListsOpenMilestonesOfTheNextTwoWeeksOverdueOnesTeamOnesAndTheTargetDate() {
        signUp(MATE);
        long matesOwn = projects.createBlank("Mate's own project");
        projectRecords.addMilestone(matesOwn, "Mate's milestone", day(1));
        long group = groups.create("RAG study", null);
        String invite = groups.details(group).invite().code();
        long team = teamProjects.createBlank(group, "Team chatbot");
        projectRecords.addMilestone(team, "Team demo", day(5));
        as(ME);
        groups.join(invite);
        setTarget("Backend engineer", day(10));
        long own = projects.createBlank("Search API");
        projectRecords.addMilestone(own, "Design review", day(-2));
        projectRecords.addMilestone(own, "Load test", day(3));
        projectRecords.addMilestone(own, "Last day of the window", day(TodayService.DUE_SOON_DAYS));
        projectRecords.addMilestone(own, "Too far off", day(TodayService.DUE_SOON_DAYS + 1));
        projectRecords.addMilestone(own, "Already done", day(1));
        projectRecords.addMilestone(own, "Someday", null);
        projectRecords.markMilestone(milestone(own, "Already done"), true);
        long shelved = projects.createBlank("Shelved idea");
        projectRecords.addMilestone(shelved, "Shelved milestone", day(2));
        projects.changeStatus(shelved, ProjectStatus.ARCHIVED);
        long finished = projects.createBlank("Shipped service");
        projectRecords.addMilestone(finished, "Left open when shipping", day(4));
        for (ProjectStatus next : List.of(ProjectStatus.PLANNED, ProjectStatus.IN_PROGRESS, ProjectStatus.DONE)) {
            projects.changeStatus(finished, next);
        }

        List<Deadline> deadlines = todayService.today().due().deadlines();

        assertThat(deadlines).extracting(Deadline::kind, Deadline::date, Deadline::title, Deadline::projectId,
                Deadline::projectTitle).containsExactly(
                tuple(Deadline.Kind.MILESTONE, day(-2), "Design review", own, "Search API"),
                tuple(Deadline.Kind.MILESTONE, day(3), "Load test", own, "Search API"),
                tuple(Deadline.Kind.MILESTONE, day(5), "Team demo", team, "Team chatbot"),
                tuple(Deadline.Kind.TARGET_DATE, day(10), "Backend engineer", null, null),
                tuple(Deadline.Kind.MILESTONE, day(TodayService.DUE_SOON_DAYS), "Last day of the window", own,
                        "Search API"));

        setTarget("Backend engineer", day(TodayService.DUE_SOON_DAYS + 1));
        assertThat(todayService.today().due().deadlines()).extracting(Deadline::kind).doesNotContain(
                Deadline.Kind.TARGET_DATE).hasSize(4);
        setTarget(null, day(TodayService.DUE_SOON_DAYS));
        assertThat(todayService.today().due().deadlines()).filteredOn(d -> d.kind() == Deadline.Kind.TARGET_DATE)
                .singleElement().satisfies(target -> assertThat(target.title()).isNull());
        setTarget("Backend engineer", day(-1));
        assertThat(todayService.today().due().deadlines()).extracting(Deadline::kind).doesNotContain(
                Deadline.Kind.TARGET_DATE);

        // the mate sees the team milestone too, but never the other person's own ones
        as(MATE);
        assertThat(todayService.today().due().deadlines()).extracting(Deadline::title)
                .containsExactly("Mate's milestone", "Team demo");
    }

    @Test
    void dueSoonListsTheNextSessionOfEachOfThePersonsGroupsOnly() {
        long mine = groups.create("Algorithms club", null);
        sessions.addSession(mine, day(-1), "Last week's heaps");
        sessions.addSession(mine, day(7), "Graphs");
        sessions.addSession(mine, day(2), "Tries");
        signUp(MATE);
        long joined = groups.create("RAG study", null);
        String invite = groups.details(joined).invite().code();
        sessions.addSession(joined, day(0), "Embeddings");
        sessions.addSession(joined, day(12), "Rerankers");
        long notMine = groups.create("Mate's own circle", null);
        sessions.addSession(notMine, day(1), "Not for me");
        as(ME);
        groups.join(invite);

        List<UpcomingSession> next = todayService.today().due().sessions();

        assertThat(next).extracting(UpcomingSession::groupId, UpcomingSession::groupName, UpcomingSession::heldOn,
                UpcomingSession::topic).containsExactly(
                tuple(joined, "RAG study", day(0), "Embeddings"),
                tuple(mine, "Algorithms club", day(2), "Tries"));

        goToDay(3);
        assertThat(todayService.today().due().sessions()).extracting(UpcomingSession::topic)
                .containsExactly("Graphs", "Rerankers");
        as(MATE);
        assertThat(todayService.today().due().sessions()).extracting(UpcomingSession::topic)
                .containsExactly("Rerankers");
    }

    @Test
    void aMemberWhoLeftOrWasRemovedNoLongerSeesTheGroupsSessions() {
        long me = currentUser.id();
        signUp(MATE);
        long removing = groups.create("Removing group", null);
        String removingInvite = groups.details(removing).invite().code();
        sessions.addSession(removing, day(1), "Removed from this one");
        long leaving = groups.create("Leaving group", null);
        String leavingInvite = groups.details(leaving).invite().code();
        sessions.addSession(leaving, day(2), "Left this one");
        as(ME);
        groups.join(removingInvite);
        groups.join(leavingInvite);
        assertThat(todayService.today().due().sessions()).extracting(UpcomingSession::topic)
                .containsExactly("Removed from this one", "Left this one");

        groups.leave(leaving);
        assertThat(todayService.today().due().sessions()).extracting(UpcomingSession::topic)
                .containsExactly("Removed from this one");

        as(MATE);
        groups.removeMember(removing, me);
        as(ME);
        assertThat(todayService.today().due().sessions()).isEmpty();
    }

    // ---------------------------------------------------------------- pace

    @Test
    void paceCountsTheWholeWeeksTheProjectedFinishComesAfterTheTargetDate() {
        setTarget("Backend engineer", day(30));
        assertThat(todayService.today().pace().weeksLate()).as("a target without a plan").isNull();
        setTarget("Backend engineer", null);
        roadmaps.start(ROADMAP);

        Pace withoutTarget = todayService.today().pace();
        assertThat(withoutTarget.plan()).isNotNull();
        assertThat(withoutTarget.weeksLate()).isNull();
        PlanProjection plan = roadmaps.outline(ROADMAP).plan();
        assertThat(withoutTarget.plan().finish()).isEqualTo(plan.finish());
        assertThat(withoutTarget.plan().startDate()).isEqualTo(FIRST_DAY);
        LocalDate finish = plan.finish();
        assertThat(finish).isAfter(day(60));

        for (int daysEarly : List.of(10, 7, 8, 1, 200)) {
            LocalDate target = finish.minusDays(daysEarly);
            setTarget("Backend engineer", target);
            Pace pace = todayService.today().pace();
            assertThat(pace.targetDate()).isEqualTo(target);
            long daysLate = ChronoUnit.DAYS.between(target, pace.plan().finish());
            assertThat(daysLate).isEqualTo(daysEarly);
            assertThat(pace.weeksLate()).as("target %s days before the finish", daysEarly)
                    .isEqualTo((int) Math.ceil(daysLate / 7.0)).isPositive();
        }
        setTarget("Backend engineer", finish.minusDays(10));
        assertThat(todayService.today().pace().weeksLate()).isEqualTo(2);

        setTarget("Backend engineer", finish);
        assertThat(todayService.today().pace().weeksLate()).isZero();
        setTarget("Backend engineer", finish.plusDays(45));
        assertThat(todayService.today().pace().weeksLate()).isZero();
    }

    /** Day 0 is a Monday; the week of days 0 to 6 becomes last week at midnight in Seoul before day 7. */
    @Test
    void studyDaysAreCountedFromMondayForThisWeekAndLastWeekInThePersonsTimeZone() {
        long first = bank.addCard(QuestionCategory.ML, "Bias and variance?", null, null, null);
        long second = bank.addCard(QuestionCategory.ML, "Dropout?", null, null, null);
        bank.review(first, ReviewGrade.EASY, bank.card(first).version());                     // Monday
        goToDay(2);
        solveNew("Wednesday problem");                                                         // Wednesday
        clock.set(Instant.parse("2026-03-08T14:30:00Z"));                                      // Sunday 23:30 Seoul
        solveNew("Sunday night problem");

        Pace sunday = todayService.today().pace();
        assertThat(todayService.today().today()).isEqualTo(day(6));
        assertThat(sunday.studyDaysThisWeek()).isEqualTo(3);
        assertThat(sunday.studyDaysLastWeek()).isZero();

        clock.set(Instant.parse("2026-03-08T15:30:00Z"));                                      // Monday 00:30 Seoul
        solveNew("Monday just after midnight");                                                // still Sunday in UTC
        Pace monday = todayService.today().pace();
        assertThat(todayService.today().today()).isEqualTo(day(7));
        assertThat(monday.studyDaysThisWeek()).isEqualTo(1);
        assertThat(monday.studyDaysLastWeek()).isEqualTo(3);

        goToDay(8);                                                                             // Tuesday
        assertThat(todayService.today().pace().studyDaysThisWeek()).isEqualTo(1);
        bank.review(second, ReviewGrade.EASY, bank.card(second).version());
        Pace tuesday = todayService.today().pace();
        assertThat(tuesday.studyDaysThisWeek()).isEqualTo(2);
        assertThat(tuesday.studyDaysLastWeek()).isEqualTo(3);

        goToDay(15);                                                                            // a Tuesday, idle
        Pace later = todayService.today().pace();
        assertThat(later.studyDaysThisWeek()).isZero();
        assertThat(later.studyDaysLastWeek()).isEqualTo(2);
    }

    // ---------------------------------------------------------------- activity

    @Test
    void workPerDayCountsReviewsTopicsProblemsAndMilestonesOnThePersonsDay() {
        assertThat(accountService.currentProfile().timeZone()).isEqualTo(SEOUL);
        long firstCard = bank.addCard(QuestionCategory.ML, "What is a transformer?", null, null, null);
        long secondCard = bank.addCard(QuestionCategory.SYSTEM_DESIGN, "Design a rate limiter", null, null, null);
        long problem = problems.add("Two Sum", "https://leetcode.com/problems/two-sum/", null, ProblemDifficulty.EASY,
                null);
        long project = projects.createBlank("Search API");
        projectRecords.addMilestone(project, "First endpoint", day(3));
        List<RoadmapOutline.Topic> topics = topics();

        clock.set(Instant.parse("2026-03-02T15:30:00Z"));   // 2 March in UTC, already 3 March in Seoul
        bank.review(firstCard, ReviewGrade.EASY, bank.card(firstCard).version());
        bank.review(secondCard, ReviewGrade.AGAIN, bank.card(secondCard).version());
        bank.review(secondCard, ReviewGrade.GOOD, bank.card(secondCard).version());
        roadmaps.changeStatus(topics.get(0).id(), ProgressStatus.DONE);
        roadmaps.changeStatus(topics.get(1).id(), ProgressStatus.IN_PROGRESS);   // started is not done
        problems.attempt(problem, false, 30, problems.problem(problem).version());   // an attempt is not a solve
        problems.attempt(problem, true, 20, problems.problem(problem).version());
        projectRecords.markMilestone(milestone(project, "First endpoint"), true);

        signUp(MATE);                                        // someone else's work that day is not mine
        long matesProblem = problems.add("Mate's problem", "https://example.com/mate", null,
                ProblemDifficulty.EASY, null);
        problems.attempt(matesProblem, true, 10, 0);
        long group = groups.create("RAG study", null);
        String invite = groups.details(group).invite().code();
        as(ME);

        ActivityStanding worked = todayService.today().activity();
        assertThat(worked.today()).isEqualTo(day(1));
        assertThat(worked.workPerDay()).containsExactly(Map.entry(day(1), 3 + 1 + 1 + 1));
        assertThat(worked.streak().days()).isEqualTo(1);
        assertThat(worked.streak().activeToday()).isTrue();

        goToDay(2);
        groups.join(invite);
        Today joined = todayService.today();
        ActivityStanding afterJoining = joined.activity();
        assertThat(afterJoining.workPerDay()).as("joining is not work").containsOnlyKeys(day(1));
        assertThat(afterJoining.streak().days()).as("but it keeps the streak").isEqualTo(2);
        assertThat(afterJoining.streak().activeToday()).isTrue();
        assertThat(joined.due().streak()).isEqualTo(afterJoining.streak());
        assertThat(joined.pace().studyDaysThisWeek()).isEqualTo(2);

        goToDay(4);
        ActivityStanding idle = todayService.today().activity();
        assertThat(idle.streak().days()).isZero();
        assertThat(idle.workPerDay()).containsExactly(Map.entry(day(1), 6));
    }

    // ---------------------------------------------------------------- security

    @Test
    void someoneNotSignedInIsDenied() {
        AccountFixtures.logOut();
        assertThatThrownBy(() -> todayService.today()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);

        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymous",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        assertThatThrownBy(() -> todayService.today()).isInstanceOf(AccessDeniedException.class);
    }

    // ---------------------------------------------------------------- helpers

    static LocalDate day(int n) {
        return FIRST_DAY.plusDays(n);
    }

    /** 09:30 in Seoul on day {@code n}. */
    private void goToDay(int n) {
        clock.set(START.plus(Duration.ofDays(n)));
    }

    private long signUp(String email) {
        accounts.signUpAndLogIn(email);
        return currentUser.id();
    }

    private void as(String email) {
        accounts.logIn(email, AccountFixtures.PASSWORD);
    }

    private void setTarget(String role, LocalDate date) {
        AccountProfile profile = accountService.currentProfile();
        accountService.updateProfile(new ProfileUpdate(profile.displayName(), role, date, profile.timeZone(),
                profile.version()));
    }

    private void solve(long problemId) {
        problems.attempt(problemId, true, 25, problems.problem(problemId).version());
    }

    private void solveNew(String title) {
        long problem = problems.add(title, "https://example.com/" + title.replace(' ', '-'), null,
                ProblemDifficulty.EASY, null);
        problems.attempt(problem, true, 15, 0);
    }

    private void reviewEasy(ReviewCard card, int day, Map<Long, Integer> reviewedOn) {
        bank.review(card.id(), ReviewGrade.EASY, bank.card(card.id()).version());
        reviewedOn.put(card.id(), day);
    }

    /** A card reviewed once, Easy, graduates with Easy's first stability; a card never reviewed counts zero. */
    private double recallOnDay(ReviewCard card, int today, Map<Long, Integer> reviewedOn, double stability) {
        Integer reviewed = reviewedOn.get(card.id());
        return reviewed == null ? 0 : fsrs.retrievability(today - reviewed, stability);
    }

    private List<RoadmapOutline.Topic> topics() {
        return roadmaps.outline(ROADMAP).stages().stream().flatMap(stage -> stage.topics().stream()).toList();
    }

    /** Each topic's weight: the highest demand among its skills, a skill without figures (or none) weighing 25. */
    private Map<Long, Integer> topicWeights(List<RoadmapOutline.Topic> topics) {
        Map<String, Integer> demand = new HashMap<>();
        for (SkillStanding skill : skills.standings()) {
            demand.put(skill.key(), skill.demand() == null ? SkillService.UNMEASURED_DEMAND_WEIGHT : skill.demand());
        }
        Map<Long, Integer> weights = new HashMap<>();
        for (RoadmapOutline.Topic topic : topics) {
            weights.put(topic.id(), topic.skills().stream().mapToInt(tag -> {
                assertThat(demand).as("skills of %s", topic.key()).containsKey(tag.key());
                return demand.get(tag.key());
            }).max().orElse(SkillService.UNMEASURED_DEMAND_WEIGHT));
        }
        assertThat(Set.copyOf(weights.values())).as("topics weigh differently, so weighting matters here")
                .hasSizeGreaterThan(1);
        return weights;
    }

    private List<String> componentKeys() {
        long probe = projects.createBlank("Probe");
        List<String> keys = projects.details(probe).components().stream().map(ProjectDetails.Component::key).toList();
        projects.deleteProject(probe);
        assertThat(keys).hasSize(COMPONENTS);
        return keys;
    }

    /** A blank project moved through its statuses to done, with the given checklist components covered. */
    private long finishedProject(String title, List<String> components) {
        long id = projects.createBlank(title);
        projects.changeStatus(id, ProjectStatus.PLANNED);
        projects.changeStatus(id, ProjectStatus.IN_PROGRESS);
        components.forEach(component -> projectRecords.checkComponent(id, component, true, null));
        projects.changeStatus(id, ProjectStatus.DONE);
        return id;
    }

    private long milestone(long projectId, String title) {
        return projects.details(projectId).milestones().stream().filter(m -> m.title().equals(title)).findFirst()
                .orElseThrow().id();
    }

    private static StoryDraft story(String title, Set<Competency> competencies) {
        return new StoryDraft(title, "The situation", "The task", "What I did", "What came of it", null, competencies);
    }

    private NextAction reviewAction(Today today) {
        return today.actions().stream().filter(action -> action.kind() == ActionKind.REVIEW_CARDS).findFirst()
                .orElseThrow(() -> new AssertionError("no review step in " + today.actions()));
    }

    private static void assertPart(Readiness readiness, ReadinessPart part, double fraction, List<Integer> figures) {
        PartScore score = readiness.part(part);
        assertThat(score.fraction()).as("%s fraction", part).isCloseTo(fraction, offset(CLOSE));
        assertThat(score.figures()).as("%s figures", part).isEqualTo(figures);
    }

    private static int percent(double fraction) {
        return (int) Math.floor(fraction * 100 + CLOSE);
    }

    /** At most three, at most one a part, first steps first and then by points per minute. */
    private static void assertRankedByPointsPerMinute(List<NextAction> actions) {
        assertThat(actions).hasSizeLessThanOrEqualTo(NextActions.SHOWN);
        assertThat(actions.stream().map(NextAction::part).filter(part -> part != null).toList())
                .doesNotHaveDuplicates();
        for (int i = 1; i < actions.size(); i++) {
            assertThat(actions.get(i).value()).as("%s after %s", actions.get(i), actions.get(i - 1))
                    .isLessThanOrEqualTo(actions.get(i - 1).value());
        }
        actions.stream().filter(action -> !action.kind().isFirstStep()).forEach(action -> assertThat(action.value())
                .isCloseTo(action.gain() / Math.max(1, action.minutes()), offset(CLOSE)));
    }
}
