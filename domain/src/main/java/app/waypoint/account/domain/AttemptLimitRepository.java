package app.waypoint.account.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.Collection;

public interface AttemptLimitRepository extends JpaRepository<AttemptLimit, String> {

    /**
     * Counts one more attempt and returns the count, in one statement that parallel attempts cannot interleave:
     * the row is locked while it is updated. A window that ran out unlocked, or a lock that ended, starts over at
     * one; the attempt that reaches {@code max} locks the subject until {@code lockUntil}.
     */
    @Query(nativeQuery = true, value = """
            insert into attempt_limit as a (limit_key, attempts, window_started_at, locked_until)
            values (:key, 1, :now, null)
            on conflict (limit_key) do update set
              attempts = case when (a.locked_until is null and a.window_started_at <= :windowStart)
                                   or a.locked_until <= :now then 1 else a.attempts + 1 end,
              window_started_at = case when (a.locked_until is null and a.window_started_at <= :windowStart)
                                            or a.locked_until <= :now then :now else a.window_started_at end,
              locked_until = case when (a.locked_until is null and a.window_started_at <= :windowStart)
                                       or a.locked_until <= :now then null
                                  when a.attempts + 1 = :max then :lockUntil
                                  else a.locked_until end
            returning attempts
            """)
    int countAttempt(String key, Instant now, Instant windowStart, int max, Instant lockUntil);

    /** Gives back an attempt that succeeded, unlocking the subject if that brings it under the limit. */
    @Modifying
    @Query(nativeQuery = true, value = """
            update attempt_limit set attempts = greatest(attempts - 1, 0),
              locked_until = case when attempts - 1 < :max then null else locked_until end
            where limit_key = :key
            """)
    void giveBack(String key, int max);

    /** Forgets the counts of these subjects. */
    @Modifying
    @Query(nativeQuery = true, value = "delete from attempt_limit where limit_key in (:keys)")
    int deleteKeys(Collection<String> keys);
}
