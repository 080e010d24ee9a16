-- A member who leaves and comes back finds their pipeline sharing as they left it, like the other choices.
alter table group_departure add column share_pipeline boolean not null default false;
