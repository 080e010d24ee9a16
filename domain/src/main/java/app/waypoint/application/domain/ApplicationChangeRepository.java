package app.waypoint.application.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

public interface ApplicationChangeRepository extends JpaRepository<ApplicationChange, Long> {

    List<ApplicationChange> findByApplicationIdOrderByChangedAtAscIdAsc(long applicationId);

    List<ApplicationChange> findByApplicationIdInOrderByChangedAtAscIdAsc(Collection<Long> applicationIds);
}
