-- The roadmap outline's filter (all / open / done) is remembered per person.
alter table account add column roadmap_filter varchar(10);

-- A fork takes the person's progress on its source once, by node key; the fork says how much it took.
alter table roadmap add column carried_topics integer check (carried_topics >= 0);
