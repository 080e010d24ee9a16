package app.waypoint.interview.service;

import app.waypoint.account.service.AccountService;
import app.waypoint.account.service.CurrentUser;
import app.waypoint.base.domain.ActivityKind;
import app.waypoint.base.service.ActivityHappened;
import app.waypoint.base.service.ConcurrentEditException;
import app.waypoint.base.service.FieldProblem;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.service.NotFoundException;
import app.waypoint.base.service.WebLinks;
import app.waypoint.interview.domain.CodingProblem;
import app.waypoint.interview.domain.CodingProblemRepository;
import app.waypoint.interview.domain.ProblemDifficulty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static app.waypoint.base.service.TextInput.blankToNull;
import static app.waypoint.base.service.TextInput.length;

/** A person's coding-test problems, their attempts, re-solve schedule and progress toward 100. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class ProblemService {

    public static final int GOAL = 100;
    private static final int MAX_MINUTES_PER_ATTEMPT = 24 * 60;

    private final CodingProblemRepository problems;
    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProblemService(CodingProblemRepository problems, CurrentUser currentUser, AccountService accounts,
                   ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.problems = problems;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.clock = clock;
    }

    public long add(String title, String url, String platform, ProblemDifficulty difficulty, String tags) {
        checkProblem(title, url, platform, difficulty, tags);
        long me = currentUser.id();
        String cleanUrl = url.strip();
        if (problems.existsByOwnerIdAndUrl(me, cleanUrl)) {
            throw duplicateUrl();
        }
        return problems.save(new CodingProblem(me, title.strip(), cleanUrl, blankToNull(platform), difficulty,
                normalizedTags(tags), clock.instant())).getId();
    }

    /**
     * Corrects a problem's description from the version the person saw; another tab's newer save is refused,
     * never overwritten. Attempts and the re-solve schedule stay.
     */
    public void updateProblem(long problemId, String title, String url, String platform, ProblemDifficulty difficulty,
                              String tags, long expectedVersion) {
        checkProblem(title, url, platform, difficulty, tags);
        CodingProblem problem = owned(problemId);
        if (problem.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        String cleanUrl = url.strip();
        if (problems.existsByOwnerIdAndUrlAndIdNot(problem.getOwnerId(), cleanUrl, problemId)) {
            throw duplicateUrl();
        }
        problem.edit(title.strip(), cleanUrl, blankToNull(platform), difficulty, normalizedTags(tags));
        saveOrConflict(problem);
    }

    /** Saves now, so a race that slipped past the version check is reported as a conflict, not an error. */
    private void saveOrConflict(CodingProblem problem) {
        try {
            problems.saveAndFlush(problem);
        } catch (OptimisticLockingFailureException raced) {
            throw new ConcurrentEditException();
        }
    }

    public void deleteProblem(long problemId) {
        problems.delete(owned(problemId));
    }

    /** Records an attempt from the version the person saw; a stale one is refused rather than counted twice. */
    public void attempt(long problemId, boolean solved, Integer minutes, long expectedVersion) {
        if (minutes == null || minutes < 0 || minutes > MAX_MINUTES_PER_ATTEMPT) {
            throw new InvalidInputException("minutes", "problem.minutes.range");
        }
        CodingProblem problem = owned(problemId);
        if (problem.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        problem.attempt(solved, minutes, today());
        saveOrConflict(problem);
        if (solved) {
            events.publishEvent(ActivityHappened.of(currentUser.id(), ActivityKind.PROBLEM_SOLVED, problem.getTitle()));
        }
    }

    @Transactional(readOnly = true)
    public ProblemView problem(long problemId) {
        return view(owned(problemId), today());
    }

    @Transactional(readOnly = true)
    public List<ProblemView> myProblems() {
        LocalDate today = today();
        return problems.findByOwnerIdOrderByCreatedAtDescIdDesc(currentUser.id()).stream()
                .map(problem -> view(problem, today)).toList();
    }

    /** Honest progress: only distinct solved Easy and Medium problems count toward the 100. */
    @Transactional(readOnly = true)
    public ProblemProgress progress() {
        return progressOf(myProblems());
    }

    /**
     * Progress, the problems due to be solved again (most overdue first), and how many of those count toward
     * the goal: for the home page, in one statement.
     */
    @Transactional(readOnly = true)
    public ProblemStanding standing() {
        List<ProblemView> mine = myProblems();
        List<ProblemView> due = mine.stream().filter(ProblemView::resolveDue)
                .sorted(Comparator.comparing(ProblemView::resolveOn).thenComparing(ProblemView::id)).toList();
        int dueTowardGoal = (int) due.stream().filter(ProblemService::countsTowardGoal).count();
        return new ProblemStanding(progressOf(mine), dueTowardGoal, due, mine.size());
    }

    private static boolean countsTowardGoal(ProblemView problem) {
        return problem.solved() && problem.difficulty() != ProblemDifficulty.HARD;
    }

    private static ProblemProgress progressOf(List<ProblemView> mine) {
        Map<ProblemDifficulty, Integer> byDifficulty = new EnumMap<>(ProblemDifficulty.class);
        Map<String, Integer> byTag = new TreeMap<>();
        int towardGoal = 0;
        for (ProblemView problem : mine) {
            if (!problem.solved()) {
                continue;
            }
            byDifficulty.merge(problem.difficulty(), 1, Integer::sum);
            if (countsTowardGoal(problem)) {
                towardGoal++;
            }
            if (problem.tags() != null) {
                Arrays.stream(problem.tags().split(",")).map(String::strip).filter(tag -> !tag.isEmpty())
                        .forEach(tag -> byTag.merge(tag, 1, Integer::sum));
            }
        }
        int due = (int) mine.stream().filter(ProblemView::resolveDue).count();
        return new ProblemProgress(GOAL, towardGoal, byDifficulty, byTag, due);
    }

    /** Checks every field at once, so a form can mark all its bad fields in one go. */
    private static void checkProblem(String title, String url, String platform, ProblemDifficulty difficulty,
                                     String tags) {
        List<FieldProblem> issues = new ArrayList<>();
        if (title == null || title.isBlank()) {
            issues.add(new FieldProblem("title", "problem.title.required"));
        } else if (length(title.strip()) > CodingProblem.MAX_TITLE) {
            issues.add(new FieldProblem("title", "problem.title.too-long"));
        }
        if (!WebLinks.isHttp(url)) {
            issues.add(new FieldProblem("url", "problem.url.bad"));
        }
        if (difficulty == null) {
            issues.add(new FieldProblem("difficulty", "problem.difficulty.required"));
        }
        if (platform != null && length(platform) > CodingProblem.MAX_PLATFORM) {
            issues.add(new FieldProblem("platform", "problem.platform.too-long"));
        }
        String storedTags = normalizedTags(tags);
        if (storedTags != null && length(storedTags) > CodingProblem.MAX_TAGS) {
            issues.add(new FieldProblem("tags", "problem.tags.too-long"));
        }
        if (!issues.isEmpty()) {
            throw new InvalidInputException(issues);
        }
    }

    private static InvalidInputException duplicateUrl() {
        return new InvalidInputException("url", "problem.url.duplicate");
    }

    /** Someone else's problem and a problem that does not exist look the same: not found. */
    private CodingProblem owned(long problemId) {
        long me = currentUser.id();
        return problems.findById(problemId).filter(found -> found.getOwnerId() == me)
                .orElseThrow(() -> new NotFoundException("problem " + problemId));
    }

    private static ProblemView view(CodingProblem problem, LocalDate today) {
        return new ProblemView(problem.getId(), problem.getTitle(), problem.getUrl(), problem.getPlatform(),
                problem.getDifficulty(), problem.getTags(), problem.getAttempts(), problem.getMinutesSpent(),
                problem.isSolved(), problem.getFirstSolvedOn(), problem.getLastSolvedOn(), problem.getResolveOn(),
                problem.getResolveOn() != null && !problem.getResolveOn().isAfter(today), problem.getVersion());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(accounts.currentProfile().timeZone()));
    }

    private static String normalizedTags(String tags) {
        if (tags == null || tags.isBlank()) {
            return null;
        }
        return String.join(", ", Arrays.stream(tags.split(",")).map(tag -> tag.strip().toLowerCase(Locale.ROOT))
                .filter(tag -> !tag.isEmpty()).distinct().toList());
    }
}
