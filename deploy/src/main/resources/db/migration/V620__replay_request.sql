-- Replays across all nodes (jp.yui.deploy.replay.ClusterReplay): a replay requested on any node is recorded here and
-- announced on channel yui_replay (payload: the id). Every node stops its replayable processors (releasing their
-- claims on token_entry); the requesting node (requested_by, its token owner name) waits until no other node holds a
-- claim, resets every token in one transaction with the row locked (REQUESTED -> RESET) and starts its processors;
-- the others start theirs again. FINISHED once every segment has replayed up to where it was reset; FAILED with the
-- reason otherwise. At most one request is REQUESTED at a time (partial unique index); a request is created under a
-- transaction-level advisory lock, so two nodes asked at once give one replay.
CREATE TABLE replay_request (
    id                BIGSERIAL        PRIMARY KEY,
    requested_by      VARCHAR(255)     NOT NULL,
    requested_at      TIMESTAMPTZ      NOT NULL DEFAULT now(),
    processors        TEXT             NOT NULL,
    state             VARCHAR(16)      NOT NULL DEFAULT 'REQUESTED'
                      CHECK (state IN ('REQUESTED', 'RESET', 'FINISHED', 'FAILED')),
    reset_at          TIMESTAMPTZ,
    finished_at       TIMESTAMPTZ,
    events_done       BIGINT,
    events_per_second DOUBLE PRECISION,
    error             TEXT
);

CREATE UNIQUE INDEX replay_request_one_pending ON replay_request ((true)) WHERE state = 'REQUESTED';
