-- FindYearPlan reads a cooperative's year window with "cooperative_id = ? and day between ? and ?". The only index
-- with the day in it was (cooperative_id, worker_id, day), which makes PostgreSQL walk the index entries of all the
-- cooperative's years (ten in a national dataset) to find one. plan_day_year (cooperative_id, business_year,
-- worker_id) was read by no query, so it is replaced: the plan projection writes the same number of index entries.
drop index if exists plan_day_year;
create index plan_day_day on plan_day (cooperative_id, day);
