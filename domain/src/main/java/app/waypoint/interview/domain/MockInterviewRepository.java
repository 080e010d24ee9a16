package app.waypoint.interview.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface MockInterviewRepository extends JpaRepository<MockInterview, Long> {

    List<MockInterview> findByOwnerIdOrderByHeldOnDescIdDesc(long ownerId);
}
