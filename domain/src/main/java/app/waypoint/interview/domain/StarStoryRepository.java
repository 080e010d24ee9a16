package app.waypoint.interview.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface StarStoryRepository extends JpaRepository<StarStory, Long> {

    List<StarStory> findByOwnerIdOrderByCreatedAtAscIdAsc(long ownerId);
}
