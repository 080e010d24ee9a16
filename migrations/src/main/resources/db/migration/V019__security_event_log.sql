-- Security events, appended and never changed: who (when known), what, when, from which address. Never a
-- password, a session id or an invite code. No foreign key: the log must keep an event about an account that
-- is gone.
create table security_event (
    id             bigint generated always as identity primary key,
    occurred_at    timestamptz  not null,
    kind           varchar(40)  not null,
    account_id     bigint,
    client_address varchar(64),
    detail         varchar(200)
);
create index security_event_account on security_event (account_id, occurred_at desc);
create index security_event_time on security_event (occurred_at desc);

create function security_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'security_event is append-only';
end;
$$;

create trigger security_event_append_only before update or delete on security_event
    for each row execute function security_event_is_append_only();
