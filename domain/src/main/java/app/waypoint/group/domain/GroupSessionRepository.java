package app.waypoint.group.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface GroupSessionRepository extends JpaRepository<GroupSession, Long> {

    List<GroupSession> findByGroupIdOrderByHeldOnDescIdDesc(long groupId);
}
