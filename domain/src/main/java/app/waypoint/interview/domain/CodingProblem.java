package app.waypoint.interview.domain;

import app.waypoint.base.domain.WebAddress;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A coding-test problem: attempts and time spent, and once solved, when it comes back to be solved again
 * (after 7, then 30, then 90 days: solving it again from scratch is what makes it stick). Its link is optional (a
 * problem from a book or a mock test has none); one copied from Waypoint's built-in list keeps that problem's key.
 */
@Entity
public class CodingProblem {

    public static final int MAX_TAGS = 200;
    public static final int MAX_PLATFORM = 40;
    public static final int MAX_TITLE = 200;
    public static final int MAX_SOURCE_KEY = 100;

    static final List<Integer> RESOLVE_AFTER_DAYS = List.of(7, 30, 90);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long ownerId;

    @Column(length = MAX_TITLE)
    private String title;

    @Column(length = WebAddress.MAX_LENGTH)
    private String url;

    /** The key of the built-in problem this was copied from, or null for one the person added. */
    @Column(length = MAX_SOURCE_KEY)
    private String sourceKey;

    @Column(length = MAX_PLATFORM)
    private String platform;

    @Enumerated(EnumType.STRING)
    private ProblemDifficulty difficulty;

    @Column(length = MAX_TAGS)
    private String tags;

    private int attempts;

    private int minutesSpent;

    private int solves;

    private LocalDate firstSolvedOn;

    private LocalDate lastSolvedOn;

    private LocalDate resolveOn;

    private Instant createdAt;

    @Version
    private long version;

    protected CodingProblem() {
        // for JPA
    }

    public CodingProblem(long ownerId, String title, String url, String platform, ProblemDifficulty difficulty,
                         String tags, Instant now) {
        this(ownerId, null, title, url, platform, difficulty, tags, now);
    }

    /** {@code sourceKey}: the built-in problem's key, or null for one of the person's own. */
    public CodingProblem(long ownerId, String sourceKey, String title, String url, String platform,
                         ProblemDifficulty difficulty, String tags, Instant now) {
        this.ownerId = ownerId;
        this.sourceKey = sourceKey;
        this.title = title;
        this.url = url;
        this.platform = platform;
        this.difficulty = difficulty;
        this.tags = tags;
        this.createdAt = now;
    }

    /** Records one attempt; a solve schedules the next re-solve, later each time, never after the last step. */
    public void attempt(boolean solved, int minutes, LocalDate today) {
        if (minutes < 0) {
            throw new IllegalArgumentException("Time spent cannot be negative");
        }
        attempts++;
        minutesSpent += minutes;
        if (solved) {
            if (firstSolvedOn == null) {
                firstSolvedOn = today;
            }
            lastSolvedOn = today;
            resolveOn = solves < RESOLVE_AFTER_DAYS.size() ? today.plusDays(RESOLVE_AFTER_DAYS.get(solves)) : null;
            solves++;
        }
    }

    /** Corrects what describes the problem; its attempts and re-solve schedule stay as they are. */
    public void edit(String title, String url, String platform, ProblemDifficulty difficulty, String tags) {
        this.title = title;
        this.url = url;
        this.platform = platform;
        this.difficulty = difficulty;
        this.tags = tags;
    }

    public boolean isSolved() {
        return solves > 0;
    }

    public Long getId() {
        return id;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public String getTitle() {
        return title;
    }

    public String getUrl() {
        return url;
    }

    public String getSourceKey() {
        return sourceKey;
    }

    public String getPlatform() {
        return platform;
    }

    public ProblemDifficulty getDifficulty() {
        return difficulty;
    }

    public String getTags() {
        return tags;
    }

    public int getAttempts() {
        return attempts;
    }

    public int getMinutesSpent() {
        return minutesSpent;
    }

    public int getSolves() {
        return solves;
    }

    public LocalDate getFirstSolvedOn() {
        return firstSolvedOn;
    }

    public LocalDate getLastSolvedOn() {
        return lastSolvedOn;
    }

    public LocalDate getResolveOn() {
        return resolveOn;
    }

    public long getVersion() {
        return version;
    }
}
