-- api lane: idempotency keys of the REST API's command requests (jp.yui.deploy.api.IdempotencyStore).
-- One row per (user, key): the first request claims the key (status_code NULL while it runs); a retry with the same
-- key and the same request hash gets the stored response; the primary key makes two concurrent retries safe (only one
-- claim can be inserted, the other sees the claim and is answered 409 "in progress" or the stored response).
CREATE TABLE api_idempotency (
    user_id          VARCHAR(200) NOT NULL,
    idempotency_key  VARCHAR(200) NOT NULL,
    request_hash     CHAR(64)     NOT NULL,
    status_code      INTEGER,
    location         VARCHAR(1000),
    response_body    TEXT,
    created_at       TIMESTAMPTZ  NOT NULL DEFAULT now(),
    completed_at     TIMESTAMPTZ,
    CONSTRAINT api_idempotency_pk PRIMARY KEY (user_id, idempotency_key)
);

CREATE INDEX api_idempotency_created_at ON api_idempotency (created_at);
