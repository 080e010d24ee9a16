package app.waypoint.group.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.time.LocalDate;
import java.util.List;

public interface MockPairingRepository extends JpaRepository<MockPairing, Long> {

    List<MockPairing> findByGroupIdAndWeekStart(long groupId, LocalDate weekStart);

    void deleteByGroupIdAndWeekStart(long groupId, LocalDate weekStart);
}
