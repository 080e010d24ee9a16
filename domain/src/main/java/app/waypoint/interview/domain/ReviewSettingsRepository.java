package app.waypoint.interview.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewSettingsRepository extends JpaRepository<ReviewSettings, Long> {
}
