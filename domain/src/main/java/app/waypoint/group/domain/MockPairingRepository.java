package app.waypoint.group.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.List;

public interface MockPairingRepository extends JpaRepository<MockPairing, Long> {

    List<MockPairing> findByGroupIdAndWeekStart(long groupId, LocalDate weekStart);

    /** The pairings a person was in, any week, in the groups they still belong to. */
    @Query(nativeQuery = true, value = """
            select p.* from mock_pairing p
            join group_member m on m.group_id = p.group_id and m.account_id = :accountId
            where :accountId in (p.first_id, p.second_id, p.third_id)""")
    List<MockPairing> findOfMember(long accountId);

    /** Ends the pairs of two a person is in (the database would end their trios too; those go on as pairs). */
    @Modifying
    @Query(nativeQuery = true, value = """
            delete from mock_pairing where third_id is null and (first_id = :accountId or second_id = :accountId)
            """)
    int deletePairsOf(long accountId);

    /** Takes a person out of the trios they are in, leaving the other two as a pair. */
    @Modifying
    @Query(nativeQuery = true, value = """
            update mock_pairing set
              first_id = case when first_id = :accountId then third_id else first_id end,
              second_id = case when second_id = :accountId then third_id else second_id end,
              third_id = null
            where third_id is not null and :accountId in (first_id, second_id, third_id)
            """)
    int leaveTriosOf(long accountId);
}
