-- Tamper evidence (processing group "integrity", jp.yui.query.integrity.IntegrityChainProjection): a hash chain over
-- each cooperative's events as they are stored in domain_event_entry. Row n's hash is
-- SHA-256(hash of row n-1 || event identifier || aggregate id || sequence number || type || timestamp || payload bytes
-- || metadata bytes) (EventChainHash). VerifyEventChain recomputes the chain from the stored rows and compares.
-- The projection never replays (@DisallowReplay): a replay must not re-record hashes of rows altered since.
create table integrity_chain (
    cooperative_id   varchar(255) not null, -- the aggregate identifier of the Cooperative
    sequence_number  bigint       not null, -- position in the cooperative's stream
    global_index     bigint       not null, -- position in the event store when the hash was recorded
    event_identifier varchar(255) not null,
    hash             bytea        not null, -- 32 bytes, SHA-256
    recorded_at      timestamptz  not null default now(),
    primary key (cooperative_id, sequence_number)
);

create unique index integrity_chain_event_ix on integrity_chain (event_identifier);
