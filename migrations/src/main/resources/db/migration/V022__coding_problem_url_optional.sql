-- A coding problem may have no link: one from a book or a mock test. Without a link, its title (whatever its case)
-- tells it apart from the person's other problems without one; with a link, the link does, as before.
alter table coding_problem alter column url drop not null;
create unique index coding_problem_owner_unlinked_title on coding_problem (owner_id, lower(title)) where url is null;

-- A problem copied from Waypoint's built-in list keeps that problem's key, so the list shows it as added, and a later
-- version of the list (a title or a link corrected) never copies it twice.
alter table coding_problem add column source_key varchar(100);
create unique index coding_problem_owner_source on coding_problem (owner_id, source_key) where source_key is not null;
