-- Read model of processing group "subsidy" (jp.yui.query.subsidy): what the subsidy figures (R-REP-4) are computed
-- from — the cooperative and its district over time (which municipalities see it), the workers' employment periods,
-- and the recorded personnel and office costs. Rows carry the aggregate sequence of the last event applied.

create table sub_cooperative (
    cooperative_id            text         primary key,
    name                      text         not null,
    prefecture_code           text         not null,
    business_year_start_month int          not null,
    last_event_seq            bigint       not null
);

create table sub_district_version (
    cooperative_id text         not null,
    event_seq      bigint       not null,
    effective_from date,
    municipalities text[]       not null,
    primary key (cooperative_id, event_seq)
);
create index sub_district_version_municipalities on sub_district_version using gin (municipalities);

create table sub_worker (
    cooperative_id     text         not null,
    worker_id          text         not null,
    name               text         not null,
    hired_on           date         not null,
    employment_type    varchar(20)  not null,
    fixed_term_ends_on date,
    indefinite_from    date,
    last_day           date,
    primary key (cooperative_id, worker_id)
);

create table sub_personnel_cost (
    cooperative_id text         not null,
    worker_id      text         not null,
    business_year  int          not null,
    yen            bigint       not null,
    last_event_seq bigint       not null,
    recorded_at    timestamptz  not null,
    recorded_by    text,
    primary key (cooperative_id, worker_id, business_year)
);

create table sub_office_cost (
    cooperative_id text         not null,
    business_year  int          not null,
    yen            bigint       not null,
    last_event_seq bigint       not null,
    recorded_at    timestamptz  not null,
    recorded_by    text,
    primary key (cooperative_id, business_year)
);
