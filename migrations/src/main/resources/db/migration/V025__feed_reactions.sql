-- Members cheer each other on in a group's feed with a small fixed set of reactions. A reaction belongs to the
-- group it was given in: the same activity can show in two groups' feeds, each with its own reactions.
create table feed_reaction (
    group_id   bigint      not null references study_group (id) on delete cascade,
    event_id   bigint      not null references activity_event (id) on delete cascade,
    account_id bigint      not null references account (id) on delete cascade,
    reaction   varchar(10) not null check (reaction in ('CLAP', 'FIRE', 'STRONG', 'PARTY')),
    created_at timestamptz not null,
    primary key (group_id, event_id, account_id, reaction)
);
create index feed_reaction_event on feed_reaction (group_id, event_id);
