-- Team projects: a portfolio project owned by a study group rather than by one person. Its members work on it
-- together, so it has no personal owner: it stays when whoever started it deletes their account or leaves,
-- and it goes with the group. Every project belongs to exactly one person or one group.
alter table project alter column owner_id drop not null;
alter table project add column group_id bigint references study_group (id) on delete cascade;
alter table project add constraint project_one_owner check ((owner_id is null) <> (group_id is null));
create index project_group on project (group_id) where group_id is not null;

-- Who on the team does a task; a deleted account leaves its tasks unassigned.
alter table project_task add column assignee_id bigint references account (id) on delete set null;
