package app.waypoint.group.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Mock-interview partners for one week: a pair, or a trio when the group's count is odd. */
@Entity
public class MockPairing {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long groupId;

    private LocalDate weekStart;

    private Long firstId;

    private Long secondId;

    private Long thirdId;

    private Instant drawnAt;

    protected MockPairing() {
        // for JPA
    }

    public MockPairing(long groupId, LocalDate weekStart, List<Long> people, Instant now) {
        if (people.size() < 2 || people.size() > 3) {
            throw new IllegalArgumentException("A pairing has two or three people");
        }
        this.groupId = groupId;
        this.weekStart = weekStart;
        this.firstId = people.get(0);
        this.secondId = people.get(1);
        this.thirdId = people.size() == 3 ? people.get(2) : null;
        this.drawnAt = now;
    }

    public List<Long> people() {
        List<Long> people = new ArrayList<>(List.of(firstId, secondId));
        if (thirdId != null) {
            people.add(thirdId);
        }
        return people;
    }

    public Long getId() {
        return id;
    }

    public Long getGroupId() {
        return groupId;
    }

    public LocalDate getWeekStart() {
        return weekStart;
    }
}
