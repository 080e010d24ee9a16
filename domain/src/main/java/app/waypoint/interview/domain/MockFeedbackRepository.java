package app.waypoint.interview.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface MockFeedbackRepository extends JpaRepository<MockFeedback, Long> {

    List<MockFeedback> findByMockInterviewIdInOrderByWrittenAtAscIdAsc(Collection<Long> mockInterviewIds);

    Optional<MockFeedback> findByMockInterviewIdAndAuthorId(long mockInterviewId, long authorId);
}
