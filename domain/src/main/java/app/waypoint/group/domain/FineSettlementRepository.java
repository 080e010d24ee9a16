package app.waypoint.group.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface FineSettlementRepository extends JpaRepository<FineSettlement, Long> {

    List<FineSettlement> findByGroupId(long groupId);
}
