-- Signed-in sessions, kept in the database so that every app instance sees one ended on another (a password
-- change, a disabled account). The key is a SHA-256 of the session id: the table cannot be used to take a
-- session over. A deleted account's rows lose their account and count as ended; old rows are purged.
create table signed_in_session (
    session_key  varchar(64) primary key,
    account_id   bigint      references account (id) on delete set null,
    signed_in_at timestamptz not null,
    ended        boolean     not null default false
);
create index signed_in_session_account on signed_in_session (account_id);
create index signed_in_session_age on signed_in_session (signed_in_at);

-- When each scheduled job last ran anywhere in the cluster: an instance runs a job only if it claims its turn.
create table cluster_job (
    name       varchar(60) primary key,
    claimed_at timestamptz not null
);
