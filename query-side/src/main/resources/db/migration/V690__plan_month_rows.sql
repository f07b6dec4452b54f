-- The day ledger kept one row per assignment and day: about twenty rows per event, two million per 100k events, and
-- inserting them was half of PostgreSQL's time in a replay (pg_stat_statements, runs N) even after V660 and V680.
-- It now keeps one row per assignment and month (plan_month) with the month's days as arrays, indexed by the day of
-- the month (element 1 is the 1st):
--   planned  the planned minutes of each day (0 outside the assignment's period and on days off);
--   actual   the recorded actual minutes of each day (0 on days not listed), or null when the month has no recorded
--            results — the same meaning as plan_day.actual_minutes had per day;
--   classes  the client's class on each day: 0 member, 1 related municipality (関係市町村), 2 other non-member
--            (the same rule as the write model's client classifier, R-CAP-4).
-- A month has a row when one of its days has planned or actual minutes above 0. The month lies in one business year
-- (business years start on the first of a month).
create table plan_month (
    cooperative_id varchar(100) not null,
    assignment_id  varchar(100) not null,
    month_start    date         not null,
    business_year  integer      not null,
    planned        integer[]    not null,
    actual         integer[],
    classes        smallint[]   not null,
    primary key (cooperative_id, assignment_id, month_start)
);
create index plan_month_month on plan_month (cooperative_id, month_start);

-- the existing day rows move onto their months; a day without a row had no minutes (planned 0, actual 0 when the month
-- has recorded results); its class is computed by the rule, as the projection computes it for every day
insert into plan_month (cooperative_id, assignment_id, month_start, business_year, planned, actual, classes)
select m.cooperative_id, m.assignment_id, m.month_start, m.business_year,
       array_agg(coalesce(d.planned_minutes, 0) order by g.day),
       case when exists (select 1 from plan_actual_month am where am.cooperative_id = m.cooperative_id
                         and am.assignment_id = m.assignment_id and am.month_start = m.month_start)
            then array_agg(coalesce(d.actual_minutes, 0) order by g.day) end,
       array_agg(case coalesce(d.client_class, (
           select case
               when c.kind = 'BUSINESS' and exists (select 1 from plan_membership ms
                   where ms.cooperative_id = a.cooperative_id and ms.client_id = a.client_id
                   and ms.joined_on <= g.day and (ms.last_day is null or ms.last_day >= g.day)) then 'MEMBER'
               when c.kind in ('MUNICIPALITY', 'LOCAL_INDEPENDENT_AGENCY') and c.municipality_code in (
                   select x.municipality_code from plan_district x where x.cooperative_id = a.cooperative_id
                   and x.version_sequence = (select max(dv.version_sequence) from plan_district dv
                       where dv.cooperative_id = a.cooperative_id
                       and (dv.effective_from is null or dv.effective_from <= g.day))) then 'RELATED_MUNICIPALITY'
               else 'OTHER_NON_MEMBER' end
           from plan_assignment a join plan_client c on c.cooperative_id = a.cooperative_id and c.client_id = a.client_id
           where a.cooperative_id = m.cooperative_id and a.assignment_id = m.assignment_id))
           when 'MEMBER' then 0 when 'RELATED_MUNICIPALITY' then 1 else 2 end::smallint order by g.day)
from (select distinct cooperative_id, assignment_id, cast(date_trunc('month', day) as date) as month_start,
             business_year
      from plan_day) m
cross join lateral (select cast(s as date) as day from generate_series(m.month_start,
        cast(m.month_start + interval '1 month' - interval '1 day' as date), interval '1 day') s) g
left join plan_day d on d.cooperative_id = m.cooperative_id and d.assignment_id = m.assignment_id and d.day = g.day
group by m.cooperative_id, m.assignment_id, m.month_start, m.business_year;

drop table plan_day;

-- The day ledger as days, for reading: one row per assignment and day with planned or actual minutes, with the
-- month's start (a filter on it uses plan_month's indexes), as plan_day was.
create view plan_day as
select m.cooperative_id, m.assignment_id, m.month_start, cast(m.month_start + cast(u.i - 1 as integer) as date) as day,
       m.business_year,
       cast(case u.k when 0 then 'MEMBER' when 1 then 'RELATED_MUNICIPALITY' else 'OTHER_NON_MEMBER' end
           as varchar(40)) as client_class,
       u.planned as planned_minutes, u.actual as actual_minutes
from plan_month m
cross join lateral unnest(m.planned, m.actual, m.classes) with ordinality as u(planned, actual, k, i)
where u.planned > 0 or u.actual > 0;
