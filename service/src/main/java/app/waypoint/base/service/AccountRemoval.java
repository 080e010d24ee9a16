package app.waypoint.base.service;

/**
 * What a feature does just before an account's row is deleted, where the database's foreign keys alone would do
 * more (or less) than the person was told. Runs in the purge's transaction; touches nobody else's data.
 */
public interface AccountRemoval {

    void beforeRemoving(long accountId);
}
