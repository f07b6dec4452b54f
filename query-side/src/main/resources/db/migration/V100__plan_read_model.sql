-- Year-round plan (年間就業計画), processing group "plan" (jp.yui.query.plan.PlanProjection).

create table plan_cooperative (
    cooperative_id                  varchar(100) primary key,
    name                            varchar(200) not null,
    business_year_start_month       integer      not null,
    week_starts_on                  integer      not null, -- ISO day of week, 1 = Monday .. 7 = Sunday
    daily_regular_minutes           integer      not null,
    weekly_regular_minutes          integer      not null,
    daily_plan_limit_minutes        integer      not null,
    planned_overtime_allowed        boolean      not null,
    monthly_overtime_limit_minutes  integer      not null,
    yearly_overtime_limit_minutes   integer      not null,
    annual_variable_hours           boolean      not null,
    special_clause                  boolean      not null,
    special_monthly_below_minutes   integer      not null,
    special_months_over_limit       integer      not null
);

create table plan_worker (
    cooperative_id      varchar(100) not null,
    worker_id           varchar(100) not null,
    name                varchar(200) not null,
    employment_type     varchar(20)  not null,
    hired_on            date         not null,
    fixed_term_ends_on  date,
    indefinite_from     date,
    last_day            date,
    separation_reason   varchar(500),
    primary key (cooperative_id, worker_id)
);

-- The assignment ledger of processing group "plan" (jp.yui.query.calendar.AssignmentLedger): its own copy, so that
-- the group can be replayed on its own.
create table plan_applied (
    cooperative_id varchar(100) primary key,
    last_sequence  bigint       not null
);

create table plan_client (
    cooperative_id    varchar(100) not null,
    client_id         varchar(100) not null,
    name              varchar(200) not null,
    kind              varchar(40)  not null,
    municipality_code varchar(6),
    primary key (cooperative_id, client_id)
);

create table plan_membership (
    cooperative_id varchar(100) not null,
    client_id      varchar(100) not null,
    joined_on      date         not null,
    last_day       date,
    primary key (cooperative_id, client_id, joined_on)
);

-- one row per municipality of each certified district version; the version with the highest sequence among those in
-- force on a day (effective_from null = the original district) is the district on that day
create table plan_district (
    cooperative_id    varchar(100) not null,
    version_sequence  bigint       not null,
    effective_from    date,
    municipality_code varchar(6)   not null,
    primary key (cooperative_id, version_sequence, municipality_code)
);

create table plan_assignment (
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
create index plan_assignment_worker on plan_assignment (cooperative_id, worker_id);

-- the months of an assignment with recorded actual results (実績), and their days with minutes
create table plan_actual_month (
    cooperative_id varchar(100) not null,
    assignment_id  varchar(100) not null,
    month_start    date         not null,
    primary key (cooperative_id, assignment_id, month_start)
);

create table plan_actual_day (
    cooperative_id varchar(100) not null,
    assignment_id  varchar(100) not null,
    day            date         not null,
    minutes        integer      not null,
    primary key (cooperative_id, assignment_id, day)
);

-- one row per assignment and day with planned or actual minutes; actual_minutes is null unless the day's month has
-- recorded actual results (then days not listed there are 0); client_class is the client's class on that day
create table plan_day (
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
create index plan_day_year on plan_day (cooperative_id, business_year, worker_id);
create index plan_day_worker on plan_day (cooperative_id, worker_id, day);
create index plan_day_client on plan_day (cooperative_id, client_id);
