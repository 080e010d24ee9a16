-- Learning steps inside a review session: a new card, or a card forgotten in review, comes back after minutes
-- (its step and the moment it is due) until it graduates to days. Cards reviewed so far were scheduled in whole
-- days only, so each is in review, or new when never reviewed.
alter table question_card
    add column phase       varchar(10) not null default 'NEW'
        check (phase in ('NEW', 'LEARNING', 'REVIEW', 'RELEARNING')),
    add column step        integer     not null default 0 check (step >= 0),
    add column step_due_at timestamptz,
    add constraint question_card_step_due check ((phase in ('LEARNING', 'RELEARNING')) = (step_due_at is not null));
update question_card set phase = 'REVIEW' where stability is not null;

-- The phase each review found the card in (for the daily limits of new cards and reviews, true retention and
-- undo), and its step. Earlier reviews: the first of a card found it new, the others in review.
alter table card_review
    add column phase_before       varchar(10) check (phase_before in ('NEW', 'LEARNING', 'REVIEW', 'RELEARNING')),
    add column step_before        integer,
    add column step_due_at_before timestamptz;
update card_review r
set phase_before = case when ordered.position = 1 then 'NEW' else 'REVIEW' end, step_before = 0
from (select id, row_number() over (partition by card_id order by reviewed_at, id) as position
      from card_review) ordered
where ordered.id = r.id;
alter table card_review alter column phase_before set not null, alter column step_before set not null;

-- A person's review settings; without a row the defaults apply.
create table review_settings (
    account_id        bigint           primary key references account (id) on delete cascade,
    desired_retention double precision not null check (desired_retention between 0.70 and 0.97),
    new_cards_per_day integer          not null check (new_cards_per_day between 0 and 9999),
    reviews_per_day   integer          not null check (reviews_per_day between 0 and 9999),
    version           bigint           not null default 0
);
