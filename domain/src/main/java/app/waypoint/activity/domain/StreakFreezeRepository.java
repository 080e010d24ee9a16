package app.waypoint.activity.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

public interface StreakFreezeRepository extends JpaRepository<StreakFreeze, Long> {

    List<StreakFreeze> findByAccountIdInAndDayGreaterThanEqual(Collection<Long> accountIds, LocalDate since);
}
