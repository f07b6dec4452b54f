-- The plan's recorded actual results: one row per assignment and recorded month (plan_actual_month) and, beside it,
-- one row per recorded day (plan_actual_day, tens per ActualHoursRecorded event, with its own primary key index):
-- 7.5 of 38 s of PostgreSQL's time in a 100k replay (pg_stat_statements). The month row now carries its days (day of
-- the month) and their minutes as two arrays, in the same order, and the day table is gone. Only the plan projection
-- reads them (to rebuild an assignment's day rows); the day rows (plan_day) keep the actual minutes per day.
alter table plan_actual_month add column days integer[] not null default '{}',
                              add column minutes integer[] not null default '{}';
update plan_actual_month m set days = x.days, minutes = x.minutes
from (select cooperative_id, assignment_id, cast(date_trunc('month', day) as date) as month_start,
             array_agg(cast(extract(day from day) as integer) order by day) as days,
             array_agg(minutes order by day) as minutes
      from plan_actual_day group by 1, 2, 3) x
where x.cooperative_id = m.cooperative_id and x.assignment_id = m.assignment_id and x.month_start = m.month_start;
drop table plan_actual_day;
