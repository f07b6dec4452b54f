-- The non-member ratio kept its own copy of the day ledger (ratio_client … ratio_day), written from the same events as
-- the plan's (plan_client … plan_day) by the same code: every assignment's days were written twice, in every event
-- and in every replay, the heaviest writing Yui does. The ratio now reads the plan's day ledger (RatioQueries), so its
-- copy is dropped. Its own records (ratio_cooperative, ratio_breach, ratio_close, ratio_reopening, ratio_applied)
-- stay. Nothing is lost: plan_* holds the same rows, and a replay of "plan" rebuilds them from the events.
drop table if exists ratio_day;
drop table if exists ratio_actual_day;
drop table if exists ratio_actual_month;
drop table if exists ratio_assignment;
drop table if exists ratio_district;
drop table if exists ratio_membership;
drop table if exists ratio_client;
