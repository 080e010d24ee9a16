package app.waypoint.group.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface GroupHouseRuleRepository extends JpaRepository<GroupHouseRule, Long> {
}
