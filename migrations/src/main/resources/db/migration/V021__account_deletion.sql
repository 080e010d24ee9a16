-- A person may ask for their account to be deleted. It happens once deletion_due_at has passed (seven days after
-- the request) unless they cancel it or sign in before; a scheduled job then removes the account, and with it,
-- through the foreign keys, everything that is only theirs.
alter table account add column deletion_due_at timestamptz;
create index account_deletion_due on account (deletion_due_at) where deletion_due_at is not null;

-- The security log stays append-only with one narrow exception: removing a deleted person's own entries, which
-- hold their id and client addresses. The purge names the account in a transaction-local setting
-- (set_config('waypoint.purging_account', '<id>', true)) and deletes that account's rows only; a delete of any
-- other row, or outside such a transaction, and every update, are refused as before.
create or replace function security_event_is_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and old.account_id is not null
        and old.account_id::text = current_setting('waypoint.purging_account', true) then
        return old;
    end if;
    raise exception 'security_event is append-only';
end;
$$;
