-- Read model of processing group "reports" (jp.yui.query.reports): the facts of the events the annual figures
-- (事業報告書 dispatch part, 労働者派遣事業報告書 様式第11号) are computed from. Every row carries the aggregate sequence
-- number of the last event applied to it, so handling an event twice changes nothing.

create table rpt_cooperative (
    cooperative_id            text         primary key,
    name                      text         not null,
    prefecture_code           text         not null,
    business_year_start_month int          not null,
    cap_unit                  varchar(10)  not null,
    certification_number      text,
    certified_on              date,
    certification_valid_from  date,
    certification_valid_through date,
    last_event_seq            bigint       not null
);

-- The district (地区) from a date on; effective_from null for the district registered with the cooperative.
-- Versions apply in event order (event_seq), exactly as the aggregate's list.
create table rpt_district_version (
    cooperative_id text         not null,
    event_seq      bigint       not null,
    effective_from date,
    municipalities text[]       not null,
    primary key (cooperative_id, event_seq)
);

create table rpt_client (
    cooperative_id    text         not null,
    client_id         text         not null,
    name              text         not null,
    kind              varchar(30)  not null,
    municipality_code text      ,
    primary key (cooperative_id, client_id)
);

-- One membership (組合員) period per MemberAdmitted; last_day null while it runs.
create table rpt_membership (
    cooperative_id text         not null,
    client_id      text         not null,
    admitted_seq   bigint       not null,
    joined_on      date         not null,
    last_day       date,
    ended_seq      bigint,
    primary key (cooperative_id, client_id, admitted_seq)
);

create table rpt_worker (
    cooperative_id     text         not null,
    worker_id          text         not null,
    name               text         not null,
    hired_on           date         not null,
    employment_type    varchar(20)  not null,
    fixed_term_ends_on date,
    indefinite_from    date,
    last_day           date,
    last_event_seq     bigint       not null,
    primary key (cooperative_id, worker_id)
);

create table rpt_assignment (
    cooperative_id         text         not null,
    assignment_id          text         not null,
    kind                   varchar(20)  not null,
    worker_id              text         not null,
    client_id              text         not null,
    work                   text         not null,
    category               varchar(30)  not null,
    workplace_municipality text      ,
    period_from            date         not null,
    period_to              date         not null,
    pattern                jsonb        not null,
    fee_per_hour_yen       bigint       not null,
    cancelled              boolean      not null default false,
    last_event_seq         bigint       not null,
    primary key (cooperative_id, assignment_id)
);
create index rpt_assignment_period on rpt_assignment (cooperative_id, period_from, period_to);

-- Actual minutes per day of one month of an assignment (実績); a later record of the same month replaces it.
create table rpt_actual_month (
    cooperative_id  text         not null,
    assignment_id   text         not null,
    month           date         not null, -- first day of the month
    minutes_per_day jsonb        not null, -- {"2026-04-01": 480, ...}
    last_event_seq  bigint       not null,
    primary key (cooperative_id, assignment_id, month)
);

-- BusinessYearClosed, every revision (the latest revision is the one that counts).
create table rpt_year_close (
    cooperative_id        text         not null,
    business_year         int          not null,
    revision              int          not null,
    first_day             date         not null,
    last_day              date         not null,
    rule_version          varchar(30)  not null,
    cap_unit              varchar(10)  not null,
    member_minutes        bigint       not null,
    member_fee_minutes    bigint       not null,
    related_minutes       bigint       not null,
    related_fee_minutes   bigint       not null,
    other_minutes         bigint       not null,
    other_fee_minutes     bigint       not null,
    other_share_percent   numeric(9, 1),
    non_member_share_percent numeric(9, 1),
    within_caps           boolean      not null,
    event_seq             bigint       not null,
    closed_at             timestamptz  not null,
    closed_by             text,
    primary key (cooperative_id, business_year, revision)
);

create table rpt_year_reopen (
    cooperative_id text         not null,
    event_seq      bigint       not null,
    business_year  int          not null,
    reason         text         not null,
    reopened_at    timestamptz  not null,
    reopened_by    text,
    primary key (cooperative_id, event_seq)
);
