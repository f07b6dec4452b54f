-- The head of the event stream when a replay reset the tokens (jp.yui.deploy.replay.ClusterReplay). A replay is
-- FINISHED only once every segment of every replayed processor has reached it: Axon's own replay ends at the position
-- each segment was reset at, which is below the head when a processor was behind at that moment, and the read models
-- were then still incomplete while the admin screen said "finished". Null for requests recorded before this column.
ALTER TABLE replay_request ADD COLUMN target_position BIGINT;
