-- Which version of FSRS scheduled a card. Cards scheduled before FSRS-6 are recomputed from their review log once,
-- at startup, and then marked 6; cards made from now on are scheduled by FSRS-6 from the start.
alter table question_card add column scheduler smallint not null default 5;
alter table question_card alter column scheduler set default 6;
create index question_card_scheduler on question_card (scheduler) where scheduler < 6;
