package app.waypoint.interview.service;

import app.waypoint.account.service.AccountService;
import app.waypoint.account.service.CurrentUser;
import app.waypoint.base.domain.ActivityKind;
import app.waypoint.base.domain.Language;
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
import org.springframework.dao.DataIntegrityViolationException;
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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static app.waypoint.base.service.TextInput.blankToNull;
import static app.waypoint.base.service.TextInput.length;

/**
 * A person's coding-test problems, their attempts, re-solve schedule and progress toward 100, and the built-in list
 * of problems by pattern they can be copied from. A problem's link is optional: with one, the link tells it apart
 * from the person's other problems; without one, its title does (whatever its case).
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class ProblemService {

    public static final int GOAL = 100;
    private static final int MAX_MINUTES_PER_ATTEMPT = 24 * 60;

    private final CodingProblemRepository problems;
    private final BuiltInProblems builtIn;
    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProblemService(CodingProblemRepository problems, BuiltInProblems builtIn, CurrentUser currentUser,
                   AccountService accounts, ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.problems = problems;
        this.builtIn = builtIn;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Adds a problem of the person's own; {@code url} may be blank (a problem from a book or a mock test). */
    public long add(String title, String url, String platform, ProblemDifficulty difficulty, String tags) {
        checkProblem(title, url, platform, difficulty, tags);
        long me = currentUser.id();
        String cleanUrl = blankToNull(url);
        checkNotTracked(me, title.strip(), cleanUrl, -1);
        return saveNew(new CodingProblem(me, title.strip(), cleanUrl, blankToNull(platform), difficulty,
                normalizedTags(tags), clock.instant()));
    }

    /**
     * Copies a problem of the built-in list into the person's tracker, titled in {@code language}, with its platform,
     * difficulty and pattern (as a topic tag). One already tracked, copied before or added by hand with the same link,
     * is refused as a duplicate link.
     */
    public long addBuiltIn(String key, Language language) {
        BuiltInProblems.Found found = builtIn.find(key).orElseThrow(() -> new NotFoundException("built-in " + key));
        long me = currentUser.id();
        BuiltInProblems.Problem problem = found.problem();
        String samePage = ProblemLinks.sameProblem(problem.url());
        boolean tracked = problems.findByOwnerIdOrderByCreatedAtDescIdDesc(me).stream().anyMatch(mine ->
                key.equals(mine.getSourceKey()) || samePage.equals(ProblemLinks.sameProblem(mine.getUrl())));
        if (tracked) {
            throw duplicateUrl();
        }
        return saveNew(new CodingProblem(me, key, problem.title().in(language), problem.url(),
                BuiltInProblems.PLATFORM, problem.difficulty(), patternTag(found.pattern(), language),
                clock.instant()));
    }

    /** The built-in problems by pattern; {@link ProblemBoard#builtInAdded()} tells which are tracked. */
    public List<BuiltInProblems.Pattern> builtInPatterns() {
        return builtIn.patterns();
    }

    /** The topic tag a problem copied from {@code pattern} gets: its name in the person's language. */
    static String patternTag(BuiltInProblems.Pattern pattern, Language language) {
        return normalizedTags(pattern.title().in(language).replace(",", " "));
    }

    /** Inserts now, so that a duplicate another request slipped in first is refused like any duplicate. */
    private long saveNew(CodingProblem problem) {
        try {
            return problems.saveAndFlush(problem).getId();
        } catch (DataIntegrityViolationException duplicate) {
            throw problem.getUrl() == null ? duplicateTitle() : duplicateUrl();
        }
    }

    /** With a link, the link must be new among the person's problems; without one, the title among those without. */
    private void checkNotTracked(long owner, String title, String url, long exceptId) {
        if (url != null ? problems.existsByOwnerIdAndUrlAndIdNot(owner, url, exceptId)
                : problems.existsUnlinkedTitle(owner, title, exceptId)) {
            throw url != null ? duplicateUrl() : duplicateTitle();
        }
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
        String cleanUrl = blankToNull(url);
        checkNotTracked(problem.getOwnerId(), title.strip(), cleanUrl, problemId);
        problem.edit(title.strip(), cleanUrl, blankToNull(platform), difficulty, normalizedTags(tags));
        saveOrConflict(problem);
    }

    /** Saves now, so a race that slipped past the version check is reported as a conflict, not an error. */
    private void saveOrConflict(CodingProblem problem) {
        try {
            problems.saveAndFlush(problem);
        } catch (OptimisticLockingFailureException raced) {
            throw new ConcurrentEditException();
        } catch (DataIntegrityViolationException duplicate) {
            throw problem.getUrl() == null ? duplicateTitle() : duplicateUrl();
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

    /**
     * The problems page in one read: progress over all the person's problems, those {@code filter} lets through in
     * its order, the topic tags in use, and which built-in problems are already tracked.
     */
    @Transactional(readOnly = true)
    public ProblemBoard board(ProblemFilter filter) {
        List<ProblemView> mine = myProblems();
        Set<String> tags = new TreeSet<>();
        Set<String> trackedKeys = new HashSet<>();
        Set<String> trackedPages = new HashSet<>();
        for (ProblemView problem : mine) {
            tags.addAll(tagsOf(problem));
            if (problem.sourceKey() != null) {
                trackedKeys.add(problem.sourceKey());
            }
            if (problem.url() != null) {
                trackedPages.add(ProblemLinks.sameProblem(problem.url()));
            }
        }
        Set<String> added = new HashSet<>();
        for (BuiltInProblems.Pattern pattern : builtIn.patterns()) {
            for (BuiltInProblems.Problem problem : pattern.problems()) {
                if (trackedKeys.contains(problem.key())
                        || trackedPages.contains(ProblemLinks.sameProblem(problem.url()))) {
                    added.add(problem.key());
                }
            }
        }
        return new ProblemBoard(progressOf(mine), arrange(mine, filter), mine.size(), List.copyOf(tags),
                Set.copyOf(added));
    }

    /** The problems {@code filter} lets through, in its order; equal ones stay as they came (the latest first). */
    static List<ProblemView> arrange(List<ProblemView> mine, ProblemFilter filter) {
        Comparator<ProblemView> order = switch (filter.order()) {
            case NEWEST -> (a, b) -> 0;
            case RESOLVE -> Comparator.comparing(ProblemView::resolveOn,
                    Comparator.nullsLast(Comparator.naturalOrder()));
            case DIFFICULTY -> Comparator.comparing(ProblemView::difficulty);
            case TOPIC -> Comparator.comparing(ProblemView::tags, Comparator.nullsLast(Comparator.naturalOrder()));
        };
        return mine.stream()
                .filter(problem -> filter.difficulty() == null || problem.difficulty() == filter.difficulty())
                .filter(problem -> filter.tag() == null
                        || tagsOf(problem).contains(filter.tag().toLowerCase(Locale.ROOT)))
                .filter(problem -> !filter.dueOnly() || problem.resolveDue())
                .sorted(order).toList();
    }

    private static List<String> tagsOf(ProblemView problem) {
        return problem.tags() == null ? List.of() : Arrays.stream(problem.tags().split(",")).map(String::strip)
                .filter(tag -> !tag.isEmpty()).toList();
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
            tagsOf(problem).forEach(tag -> byTag.merge(tag, 1, Integer::sum));
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
        if (url != null && !url.isBlank() && !WebLinks.isHttp(url)) {
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

    private static InvalidInputException duplicateTitle() {
        return new InvalidInputException("title", "problem.title.duplicate");
    }

    /** Someone else's problem and a problem that does not exist look the same: not found. */
    private CodingProblem owned(long problemId) {
        long me = currentUser.id();
        return problems.findById(problemId).filter(found -> found.getOwnerId() == me)
                .orElseThrow(() -> new NotFoundException("problem " + problemId));
    }

    private static ProblemView view(CodingProblem problem, LocalDate today) {
        return new ProblemView(problem.getId(), problem.getTitle(), problem.getUrl(), problem.getSourceKey(),
                problem.getPlatform(),
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
