-- The admin console: accounts can be disabled, the last sign-in is kept for the account list, an admin can
-- hand over a one-time password-reset link, and the instance has a registration mode with invite links.
alter table account
    add column disabled_at     timestamptz,
    add column last_sign_in_at timestamptz;

-- One row: how new people get an account. OPEN, INVITE_ONLY (links an admin issues) or CLOSED.
create table instance_settings (
    id                integer     primary key check (id = 1),
    registration_mode varchar(20) not null check (registration_mode in ('OPEN', 'INVITE_ONLY', 'CLOSED')),
    version           bigint      not null default 0
);
insert into instance_settings (id, registration_mode) values (1, 'OPEN');

-- Links are shown once; only a digest of their secret is kept, so the table cannot be read for working links.
create table password_reset (
    id           bigint generated always as identity primary key,
    account_id   bigint      not null references account (id) on delete cascade,
    secret_hash  varchar(64) not null unique,
    created_at   timestamptz not null,
    expires_at   timestamptz not null,
    used_at      timestamptz
);
create index password_reset_account on password_reset (account_id);

create table sign_up_invite (
    id          bigint generated always as identity primary key,
    secret_hash varchar(64) not null unique,
    issued_by   bigint      references account (id) on delete set null,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz,
    used_by     bigint      references account (id) on delete set null
);
