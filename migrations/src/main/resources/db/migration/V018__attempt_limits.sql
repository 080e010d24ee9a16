-- Attempts counted before they are tried, in one atomic statement, so parallel guesses cannot slip past the
-- limit. One row per limited subject: a login name, a client address, an account's current-password check.
-- Keys carry their rule's prefix ("login:", "login-address:", ...). Unknown names are counted like real ones.
drop table login_throttle;

create table attempt_limit (
    limit_key         varchar(300) primary key,
    attempts          integer      not null,
    window_started_at timestamptz  not null,
    locked_until      timestamptz
);
