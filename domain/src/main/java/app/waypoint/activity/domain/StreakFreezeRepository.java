package app.waypoint.activity.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StreakFreezeRepository extends JpaRepository<StreakFreeze, Long> {
}
