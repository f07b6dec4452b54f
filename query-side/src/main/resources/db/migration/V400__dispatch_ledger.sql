-- The dispatcher's ledger (派遣元管理台帳, RULES.md R-REP-1), processing group "ledger" (jp.yui.query.ledger).
-- Idempotency: every event of a cooperative has a sequence number in the cooperative's aggregate. Rows that events
-- change remember the sequence of the last event applied (applied_seq) and ignore events at or before it; list rows
-- (complaints, trainings) are keyed by the sequence of the event that recorded them.

-- The cooperative: its name and its overtime agreement (36協定) as registered.
create table ledger_cooperative (
    cooperative_id               varchar(100) primary key,
    name                         varchar(200) not null,
    monthly_overtime_hours       integer      not null,
    yearly_overtime_hours        integer      not null,
    annual_variable_hours        boolean      not null,
    special_clause               boolean      not null,
    special_yearly_hours         integer      not null,
    special_monthly_hours_below  integer      not null,
    special_months_over_regular  integer      not null,
    applied_seq                  bigint       not null
);

-- Clients (派遣先): members and non-members, by the name they were registered or admitted with.
create table ledger_client (
    cooperative_id varchar(100) not null,
    client_id      varchar(100) not null,
    name           varchar(200) not null,
    kind           varchar(40)  not null, -- ClientKind
    applied_seq    bigint       not null,
    primary key (cooperative_id, client_id)
);

-- Workers (派遣労働者): name, birth date (for "60 or over"), indefinite term since, social insurance (latest record).
create table ledger_worker (
    cooperative_id        varchar(100) not null,
    worker_id             varchar(100) not null,
    name                  varchar(200) not null,
    birth_date            date,
    hired_on              date,
    employment_type       varchar(20)  not null, -- INDEFINITE | FIXED_TERM (as hired)
    indefinite_since      date,                  -- hire date, or the conversion date (無期転換); null while fixed-term
    separated_on          date,                  -- last day employed
    insurance_recorded    boolean      not null default false,
    health_insurance      boolean,
    pension               boolean,
    employment_insurance  boolean,
    insurance_reason      varchar(1000),         -- why not enrolled (when one of the three is missing)
    applied_seq           bigint       not null,
    primary key (cooperative_id, worker_id)
);

-- One assignment (派遣 / 出向); the ledger shows the DISPATCH ones, secondments are kept but not shown.
create table ledger_assignment (
    cooperative_id           varchar(100) not null,
    assignment_id            varchar(100) not null,
    kind                     varchar(20)  not null, -- DISPATCH | SECONDMENT
    worker_id                varchar(100) not null,
    client_id                varchar(100) not null,
    work                     varchar(1000),
    category                 varchar(40),
    medical_exception        varchar(40),
    workplace_municipality   varchar(6),
    period_from              date         not null,
    period_to                date         not null,
    working_days_text        varchar(400) not null, -- e.g. 月〜金, 月・水・金（除外日2日）, 指定日12日
    planned_days             integer      not null, -- days with planned minutes inside the period
    planned_minutes          bigint       not null,
    organisational_unit      varchar(200),
    start_time               time,
    end_time                 time,
    break_minutes            integer,
    responsibility           varchar(1000),
    dispatcher_responsible   varchar(200),
    client_responsible       varchar(200),
    cancelled                boolean      not null default false,
    cancel_reason            varchar(1000),
    retain_until             date         not null, -- period end + 3 years (R-REP-1)
    planned_at               timestamptz  not null,
    applied_seq              bigint       not null,
    primary key (cooperative_id, assignment_id)
);
create index ledger_assignment_worker on ledger_assignment (cooperative_id, worker_id);

-- Actual results (実績) per assignment and month; a later record of the same month replaces the earlier one.
create table ledger_actual_month (
    cooperative_id varchar(100) not null,
    assignment_id  varchar(100) not null,
    month          date         not null, -- first day of the month
    days_worked    integer      not null, -- days with more than 0 minutes
    minutes        bigint       not null,
    applied_seq    bigint       not null,
    primary key (cooperative_id, assignment_id, month)
);

-- Complaints (苦情) about an assignment and their handling.
create table ledger_complaint (
    cooperative_id varchar(100)  not null,
    sequence       bigint        not null,
    assignment_id  varchar(100)  not null,
    received_on    date          not null,
    content        varchar(4000) not null,
    handling       varchar(4000),
    primary key (cooperative_id, sequence)
);
create index ledger_complaint_assignment on ledger_complaint (cooperative_id, assignment_id);

-- Training (教育訓練) and career consultations (キャリアコンサルティング) of a worker.
create table ledger_training (
    cooperative_id varchar(100)  not null,
    sequence       bigint        not null,
    worker_id      varchar(100)  not null,
    held_on        date          not null,
    kind           varchar(40)   not null, -- TRAINING | CAREER_CONSULTATION
    content        varchar(1000) not null,
    minutes        integer       not null,
    primary key (cooperative_id, sequence)
);
create index ledger_training_worker on ledger_training (cooperative_id, worker_id);
