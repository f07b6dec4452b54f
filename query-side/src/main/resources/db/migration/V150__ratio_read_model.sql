-- Non-member ratio (員外利用比率), processing group "ratio" (jp.yui.query.ratio.RatioProjection).

create table ratio_cooperative (
    cooperative_id            varchar(100) primary key,
    name                      varchar(200) not null,
    prefecture_code           varchar(2),
    business_year_start_month integer      not null,
    cap_unit                  varchar(10)  not null
);

-- NonMemberCapBreached events (R-DISP-4), keyed by the cooperative's event sequence
create table ratio_breach (
    cooperative_id       varchar(100)  not null,
    sequence_number      bigint        not null,
    business_year        integer       not null,
    occurred_at          timestamptz   not null,
    user_id              varchar(100),
    rule_id              varchar(20)   not null,
    unit                 varchar(10)   not null,
    member_minutes       bigint        not null,
    member_fee_minutes   bigint        not null,
    related_minutes      bigint        not null,
    related_fee_minutes  bigint        not null,
    other_minutes        bigint        not null,
    other_fee_minutes    bigint        not null,
    description          varchar(2000),
    primary key (cooperative_id, sequence_number)
);
create index ratio_breach_year on ratio_breach (cooperative_id, business_year);

-- BusinessYearClosed (R-CAP-6), one row per revision
create table ratio_close (
    cooperative_id            varchar(100)  not null,
    business_year             integer       not null,
    revision                  integer       not null,
    sequence_number           bigint        not null,
    closed_at                 timestamptz   not null,
    user_id                   varchar(100),
    first_day                 date          not null,
    last_day                  date          not null,
    rule_version              varchar(40)   not null,
    unit                      varchar(10)   not null,
    member_minutes            bigint        not null,
    member_fee_minutes        bigint        not null,
    related_minutes           bigint        not null,
    related_fee_minutes       bigint        not null,
    other_minutes             bigint        not null,
    other_fee_minutes         bigint        not null,
    other_share_percent       numeric(9, 1),
    non_member_share_percent  numeric(9, 1),
    within_caps               boolean       not null,
    primary key (cooperative_id, business_year, revision)
);

-- BusinessYearReopenedForCorrection (R-CAP-6)
create table ratio_reopening (
    cooperative_id  varchar(100)  not null,
    sequence_number bigint        not null,
    business_year   integer       not null,
    reopened_at     timestamptz   not null,
    user_id         varchar(100),
    reason          varchar(2000) not null,
    primary key (cooperative_id, sequence_number)
);
create index ratio_reopening_year on ratio_reopening (cooperative_id, business_year);

-- The assignment ledger of processing group "ratio" (jp.yui.query.calendar.AssignmentLedger): its own copy, so that
-- the group can be replayed on its own.
create table ratio_applied (
    cooperative_id varchar(100) primary key,
    last_sequence  bigint       not null
);

create table ratio_client (
    cooperative_id    varchar(100) not null,
    client_id         varchar(100) not null,
    name              varchar(200) not null,
    kind              varchar(40)  not null,
    municipality_code varchar(6),
    primary key (cooperative_id, client_id)
);

create table ratio_membership (
    cooperative_id varchar(100) not null,
    client_id      varchar(100) not null,
    joined_on      date         not null,
    last_day       date,
    primary key (cooperative_id, client_id, joined_on)
);

-- one row per municipality of each certified district version; the version with the highest sequence among those in
-- force on a day (effective_from null = the original district) is the district on that day
create table ratio_district (
    cooperative_id    varchar(100) not null,
    version_sequence  bigint       not null,
    effective_from    date,
    municipality_code varchar(6)   not null,
    primary key (cooperative_id, version_sequence, municipality_code)
);

create table ratio_assignment (
    cooperative_id          varchar(100) not null,
    assignment_id           varchar(100) not null,
    kind                    varchar(20)  not null,
    worker_id               varchar(100) not null,
    client_id               varchar(100) not null,
    work                    varchar(500),
    category                varchar(40),
    workplace_municipality  varchar(6),
    period_from             date         not null,
    period_to               date         not null,
    pattern                 text         not null,
    fee_per_hour_yen        bigint       not null,
    cancelled               boolean      not null default false,
    cancel_reason           varchar(500),
    primary key (cooperative_id, assignment_id)
);
create index ratio_assignment_worker on ratio_assignment (cooperative_id, worker_id);

-- the months of an assignment with recorded actual results (実績), and their days with minutes
create table ratio_actual_month (
    cooperative_id varchar(100) not null,
    assignment_id  varchar(100) not null,
    month_start    date         not null,
    primary key (cooperative_id, assignment_id, month_start)
);

create table ratio_actual_day (
    cooperative_id varchar(100) not null,
    assignment_id  varchar(100) not null,
    day            date         not null,
    minutes        integer      not null,
    primary key (cooperative_id, assignment_id, day)
);

-- one row per assignment and day with planned or actual minutes; actual_minutes is null unless the day's month has
-- recorded actual results (then days not listed there are 0); client_class is the client's class on that day
create table ratio_day (
    cooperative_id   varchar(100) not null,
    assignment_id    varchar(100) not null,
    day              date         not null,
    business_year    integer      not null,
    worker_id        varchar(100) not null,
    client_id        varchar(100) not null,
    kind             varchar(20)  not null,
    client_class     varchar(40)  not null,
    work             varchar(500),
    planned_minutes  integer      not null,
    actual_minutes   integer,
    fee_per_hour_yen bigint       not null,
    primary key (cooperative_id, assignment_id, day)
);
create index ratio_day_year on ratio_day (cooperative_id, business_year, worker_id);
create index ratio_day_worker on ratio_day (cooperative_id, worker_id, day);
create index ratio_day_client on ratio_day (cooperative_id, client_id);
