-- plan_day holds one row per assignment and day (tens per event), and every index costs an entry per row: in a replay
-- profile (pg_stat_statements) inserting day rows was more than half of PostgreSQL's time. Two of its four indexes
-- serve no frequent read:
--   plan_day_worker (cooperative_id, worker_id, day): FindYearPlan for one worker reads the cooperative's year window
--     by plan_day_day and keeps that worker's rows (a year of one cooperative: a few thousand rows);
--   plan_day_client (cooperative_id, client_id): only the reclassification after a membership, client or district
--     event (a few per cooperative and year) reads by client; it now reads the cooperative's rows by the primary key.
-- The primary key (cooperative_id, assignment_id, day) and plan_day_day (cooperative_id, day) stay.
drop index if exists plan_day_worker;
drop index if exists plan_day_client;
