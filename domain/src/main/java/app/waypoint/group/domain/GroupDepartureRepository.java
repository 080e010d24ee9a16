package app.waypoint.group.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface GroupDepartureRepository extends JpaRepository<GroupDeparture, Long> {

    Optional<GroupDeparture> findByGroupIdAndAccountId(long groupId, long accountId);

    List<GroupDeparture> findByGroupIdAndRemovedTrueOrderByDepartedAtDesc(long groupId);
}
