package app.waypoint.account.domain;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

public interface SecurityEventRepository extends JpaRepository<SecurityEvent, Long> {

    List<SecurityEvent> findByAccountIdAndKindInOrderByOccurredAtDescIdDesc(long accountId,
                                                                          Collection<SecurityEventKind> kinds,
                                                                          Pageable page);

    /** The newest events first, of the given kinds and account (any account when null). */
    @Query("""
            select e from SecurityEvent e
            where (:accountId is null or e.accountId = :accountId) and e.kind in :kinds
            order by e.occurredAt desc, e.id desc
            """)
    List<SecurityEvent> findRecent(Long accountId, Collection<SecurityEventKind> kinds, Pageable page);
}
