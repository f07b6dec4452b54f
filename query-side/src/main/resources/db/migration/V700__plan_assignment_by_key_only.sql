-- plan_assignment_worker (cooperative_id, worker_id) serves no query: the year plan and the ratio reach an assignment
-- from its month rows, by the primary key. It was worse than useless: with the statistics of a table that had just
-- grown fast (a replay after the reset's truncate, a burst of commands), the planner took it for the batch's lookup of
-- assignments by (cooperative_id, assignment_id) — index condition on the cooperative only, the assignment id as a
-- filter — and read every assignment of the cooperative for each key: 124 of PostgreSQL's seconds in a full benchmark
-- run (auto_explain), the largest single cost of the replay. Without it only the primary key fits that lookup.
drop index if exists plan_assignment_worker;
