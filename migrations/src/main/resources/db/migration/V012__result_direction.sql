-- A measured result knows which way is better: latency, cost and errors go down, accuracy and throughput go up.
-- Existing results get the direction their unit suggests (the same list as ResultDirection in the code); the
-- person can change it.
alter table project_result add column direction varchar(16);

update project_result
set direction = case
    when lower(btrim(unit)) in (
    'ms', 's', 'sec', 'secs', 'seconds', 'min', 'mins', 'minutes', 'h', 'hours',
    '초', '분', '시간', '밀리초', '원', '만원', 'krw', '$', 'usd', 'errors',
    'error', '오류', '에러', '% error', '%error', 'error %', 'error rate', '오류율', '에러율')
        then 'LOWER_IS_BETTER'
    else 'HIGHER_IS_BETTER'
end;

alter table project_result
    alter column direction set not null,
    add constraint project_result_direction check (direction in ('LOWER_IS_BETTER', 'HIGHER_IS_BETTER'));
