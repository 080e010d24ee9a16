package app.waypoint.group.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** A group's weekly meeting: weekday, time, place and default topic of the sessions it sets up ahead. */
@Entity
public class GroupSchedule {

    /** How far ahead the schedule keeps sessions set up. */
    public static final int WEEKS_AHEAD = 4;

    @Id
    private Long groupId;

    private short weekday;

    private LocalTime startsAt;

    @Column(length = GroupSession.MAX_PLACE)
    private String place;

    @Column(length = GroupSession.MAX_TOPIC)
    private String topic;

    private LocalDate createdThrough;

    @Version
    private long version;

    protected GroupSchedule() {
        // for JPA
    }

    public GroupSchedule(long groupId) {
        this.groupId = groupId;
    }

    public void change(DayOfWeek newWeekday, LocalTime newStartsAt, String newPlace, String newTopic) {
        this.weekday = (short) newWeekday.getValue();
        this.startsAt = newStartsAt;
        this.place = newPlace;
        this.topic = newTopic;
        // a changed schedule sets up its days ahead anew
        this.createdThrough = null;
    }

    /**
     * The days from {@code today} to {@link #WEEKS_AHEAD} weeks ahead that this schedule has not set up yet: each
     * day is set up once, so a session deleted on purpose does not come back.
     */
    public List<LocalDate> daysToSetUp(LocalDate today) {
        LocalDate first = createdThrough == null || createdThrough.isBefore(today) ? today : createdThrough.plusDays(1);
        LocalDate last = today.plusWeeks(WEEKS_AHEAD).minusDays(1);
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == getWeekday()) {
                days.add(day);
            }
        }
        return days;
    }

    public LocalDate lastDayAhead(LocalDate today) {
        return today.plusWeeks(WEEKS_AHEAD).minusDays(1);
    }

    public Long getGroupId() {
        return groupId;
    }

    public DayOfWeek getWeekday() {
        return DayOfWeek.of(weekday);
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public String getPlace() {
        return place;
    }

    public String getTopic() {
        return topic;
    }

    public long getVersion() {
        return version;
    }
}
