-- Audit trail (監査証跡, R-REP-5), processing group "audit" (jp.yui.query.audit.AuditTrailProjection):
-- one row per event with who caused it, when, for which cooperative, and a readable Japanese and English description.

create table audit_event (
    event_id         varchar(255)  not null, -- Axon's event identifier: the idempotency key
    global_index     bigint,                 -- position in the event store (null only where the event was not tracked)
    sequence_number  bigint,                 -- position in the cooperative's own stream
    occurred_at      timestamptz   not null, -- the event's timestamp
    user_id          varchar(255)  not null, -- metadata userId ("system" where nobody did; "unknown" if missing)
    cooperative_id   varchar(100),           -- null only for events that concern no cooperative (none yet)
    cooperative_name varchar(200),           -- as registered (null when the registration was never seen)
    event_type       varchar(100)  not null, -- simple class name of the payload, e.g. AssignmentPlanned
    description_ja   text          not null,
    description_en   text          not null,
    primary key (event_id)
);

create index audit_event_time_ix on audit_event (occurred_at desc, global_index desc);
create index audit_event_cooperative_ix on audit_event (cooperative_id, occurred_at desc);
create index audit_event_user_ix on audit_event (user_id, occurred_at desc);

-- Names the descriptions use, kept from the registration events of each cooperative:
-- kind COOPERATIVE (id = cooperative id), WORKER, CLIENT.
create table audit_name (
    cooperative_id varchar(100) not null,
    kind           varchar(20)  not null,
    id             varchar(100) not null,
    name           varchar(200) not null,
    last_event_seq bigint       not null, -- aggregate sequence number of the event that set the name (idempotency)
    primary key (cooperative_id, kind, id)
);

-- What an assignment is, for the descriptions of the events that name only the assignment id.
create table audit_assignment (
    cooperative_id varchar(100) not null,
    assignment_id  varchar(100) not null,
    kind           varchar(20)  not null, -- AssignmentKind
    worker_id      varchar(100) not null,
    client_id      varchar(100) not null,
    work           varchar(500) not null,
    last_event_seq bigint       not null,
    primary key (cooperative_id, assignment_id)
);
