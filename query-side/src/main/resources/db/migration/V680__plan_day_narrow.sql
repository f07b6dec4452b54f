-- A day row repeated what every day of its assignment shares — worker, client, kind, work text and fee — tens of
-- times per assignment; inserting day rows was still 17 of 33 s of PostgreSQL's time in a 100k replay after V660.
-- The day row keeps its key, business year, client class (it changes with memberships inside an assignment) and
-- minutes; the queries read the rest from the assignment's row (plan_assignment, by its primary key).
alter table plan_day drop column worker_id,
                     drop column client_id,
                     drop column kind,
                     drop column work,
                     drop column fee_per_hour_yen;
