-- Seasonal jobs (季節の仕事), processing group "jobs" (jp.yui.query.jobs.SeasonalJobProjection).
create table jobs_seasonal_job (
    cooperative_id         varchar(100) not null,
    job_id                 varchar(100) not null,
    client_id              varchar(100) not null,
    work                   varchar(200) not null,
    category               varchar(40)  not null,
    workplace_municipality varchar(6)   not null,
    period_from            date         not null,
    period_to              date         not null,
    weekdays               varchar(60)  not null, -- ISO numbers, comma separated; empty for explicit dates
    dates                  text         not null, -- ISO dates, comma separated; empty for a weekly pattern
    holidays_off           boolean      not null,
    minutes_per_day        integer      not null,
    headcount              integer      not null,
    required_skills        text         not null, -- comma separated, sorted
    fee_per_hour_yen       bigint       not null,
    medical_exception      varchar(40),
    withdrawn              boolean      not null default false,
    withdrawal_reason      varchar(500),
    last_sequence          bigint       not null,
    primary key (cooperative_id, job_id)
);
create index jobs_seasonal_job_period on jobs_seasonal_job (cooperative_id, period_from, period_to);
