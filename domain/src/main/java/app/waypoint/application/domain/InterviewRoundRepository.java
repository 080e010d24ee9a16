package app.waypoint.application.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface InterviewRoundRepository extends JpaRepository<InterviewRound, Long> {

    List<InterviewRound> findByApplicationIdOrderByHeldAtAscIdAsc(long applicationId);
}
