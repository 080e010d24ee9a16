package app.waypoint.interview.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * How a person wants their reviews: the share of cards they want to still recall when a card comes back (FSRS's
 * desired retention), and how many new cards and reviews a day at most.
 */
@Entity
public class ReviewSettings {

    public static final double MIN_RETENTION = 0.70;
    public static final double MAX_RETENTION = 0.97;
    /** Above this, each point of retention costs many more reviews a day. */
    public static final double STEEP_RETENTION = 0.95;
    public static final double DEFAULT_RETENTION = 0.90;
    public static final int DEFAULT_NEW_CARDS_PER_DAY = 20;
    public static final int DEFAULT_REVIEWS_PER_DAY = 200;
    public static final int MAX_PER_DAY = 9999;

    @Id
    private Long accountId;

    private double desiredRetention;

    private int newCardsPerDay;

    private int reviewsPerDay;

    @Version
    private long version;

    protected ReviewSettings() {
        // for JPA
    }

    /** The defaults, for a person who never changed them. */
    public ReviewSettings(long accountId) {
        this.accountId = accountId;
        this.desiredRetention = DEFAULT_RETENTION;
        this.newCardsPerDay = DEFAULT_NEW_CARDS_PER_DAY;
        this.reviewsPerDay = DEFAULT_REVIEWS_PER_DAY;
    }

    public void change(double desiredRetention, int newCardsPerDay, int reviewsPerDay) {
        if (!(desiredRetention >= MIN_RETENTION && desiredRetention <= MAX_RETENTION)) {
            throw new IllegalArgumentException("desired retention out of range: " + desiredRetention);
        }
        if (newCardsPerDay < 0 || newCardsPerDay > MAX_PER_DAY || reviewsPerDay < 0 || reviewsPerDay > MAX_PER_DAY) {
            throw new IllegalArgumentException("daily limits out of range: " + newCardsPerDay + ", " + reviewsPerDay);
        }
        this.desiredRetention = desiredRetention;
        this.newCardsPerDay = newCardsPerDay;
        this.reviewsPerDay = reviewsPerDay;
    }

    public Long getAccountId() {
        return accountId;
    }

    public double getDesiredRetention() {
        return desiredRetention;
    }

    public int getNewCardsPerDay() {
        return newCardsPerDay;
    }

    public int getReviewsPerDay() {
        return reviewsPerDay;
    }

    public long getVersion() {
        return version;
    }
}
