-- The card's schedule just before each review, so the latest review can be taken back exactly (the due date of a
-- card never reviewed, for one, cannot be derived from the log). Reviews logged earlier have none and cannot be
-- taken back.
alter table card_review
    add column stability_before   double precision,
    add column difficulty_before  double precision,
    add column last_review_before date,
    add column due_on_before      date,
    add column reviews_before     integer,
    add column lapses_before      integer,
    add column scheduler_before   smallint,
    add constraint card_review_schedule_before_whole check (
        (due_on_before is null and reviews_before is null and lapses_before is null and scheduler_before is null
            and stability_before is null and difficulty_before is null and last_review_before is null)
        or (due_on_before is not null and reviews_before is not null and lapses_before is not null
            and scheduler_before is not null));
create index card_review_card_latest on card_review (card_id, reviewed_at desc, id desc);
