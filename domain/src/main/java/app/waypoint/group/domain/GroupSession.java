package app.waypoint.group.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * One of a group's (usually weekly) study sessions: a day, and if known a start time, a place or video link and
 * an agenda. The time is a wall-clock time, read in each member's own time zone like every date in Waypoint.
 */
@Entity
public class GroupSession {

    public static final int MAX_TOPIC = 200;
    public static final int MAX_PLACE = 500;
    public static final int MAX_AGENDA = 2000;
    /** Members check themselves in from the start until this many hours after. */
    public static final int CHECK_IN_HOURS = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long groupId;

    private LocalDate heldOn;

    @Column(length = MAX_TOPIC)
    private String topic;

    private LocalTime startsAt;

    @Column(length = MAX_PLACE)
    private String place;

    @Column(length = MAX_AGENDA)
    private String agenda;

    /** Set up by the weekly schedule, so a changed schedule may replace it while it is still ahead. */
    private boolean fromSchedule;

    private Instant createdAt;

    @Version
    private long version;

    protected GroupSession() {
        // for JPA
    }

    public GroupSession(long groupId, LocalDate heldOn, String topic, Instant now) {
        this.groupId = groupId;
        this.heldOn = heldOn;
        this.topic = topic;
        this.createdAt = now;
    }

    /** A session the weekly schedule sets up. */
    public static GroupSession scheduled(GroupSchedule schedule, LocalDate day, Instant now) {
        GroupSession session = new GroupSession(schedule.getGroupId(), day, schedule.getTopic(), now);
        session.startsAt = schedule.getStartsAt();
        session.place = schedule.getPlace();
        session.fromSchedule = true;
        return session;
    }

    public void describe(String newTopic, LocalTime newStartsAt, String newPlace, String newAgenda) {
        this.topic = newTopic;
        this.startsAt = newStartsAt;
        this.place = newPlace;
        this.agenda = newAgenda;
    }

    /** Whether a member may check in at {@code now} (wall-clock time in their zone); never without a start time. */
    public boolean checkInOpenAt(LocalDateTime now) {
        if (startsAt == null) {
            return false;
        }
        LocalDateTime start = heldOn.atTime(startsAt);
        return !now.isBefore(start) && now.isBefore(start.plusHours(CHECK_IN_HOURS));
    }

    public Long getId() {
        return id;
    }

    public Long getGroupId() {
        return groupId;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getTopic() {
        return topic;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public String getPlace() {
        return place;
    }

    public String getAgenda() {
        return agenda;
    }

    public boolean isFromSchedule() {
        return fromSchedule;
    }

    public long getVersion() {
        return version;
    }
}
