package app.waypoint.application.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** One of a person's own pipeline stages; {@code silenceDays}, when set, flags an application left in it longer. */
@Entity
public class ApplicationStage {

    public static final int MAX_NAME = 60;
    public static final int MAX_SILENCE_DAYS = 365;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long ownerId;

    @Column(length = MAX_NAME)
    private String name;

    private int position;

    private Integer silenceDays;

    @Version
    private long version;

    protected ApplicationStage() {
        // for JPA
    }

    public ApplicationStage(long ownerId, String name, int position, Integer silenceDays) {
        this.ownerId = ownerId;
        this.name = name;
        this.position = position;
        this.silenceDays = silenceDays;
    }

    public void change(String name, Integer silenceDays) {
        this.name = name;
        this.silenceDays = silenceDays;
    }

    public void moveTo(int position) {
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public String getName() {
        return name;
    }

    public int getPosition() {
        return position;
    }

    public Integer getSilenceDays() {
        return silenceDays;
    }

    public long getVersion() {
        return version;
    }
}
