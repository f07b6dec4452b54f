-- Members, clients and workers per cooperative, processing group "people" (jp.yui.query.people).
-- Periods are kept as rows and never overwritten: a membership that ends gets its last day, a new admission adds a row.

create table people_district_version (
    cooperative_id varchar(100) not null,
    sequence       bigint       not null,
    effective_from date, -- null: the district as registered
    primary key (cooperative_id, sequence)
);

create table people_district_municipality (
    cooperative_id    varchar(100) not null,
    sequence          bigint       not null,
    municipality_code varchar(6)   not null,
    primary key (cooperative_id, sequence, municipality_code)
);

-- A client (派遣先): a business admitted as a member, or a registered non-member client.
create table people_client (
    cooperative_id     varchar(100) not null,
    client_id          varchar(100) not null,
    name               varchar(200) not null,
    updated_sequence   bigint       not null, -- the event that last set name and industry
    kind               varchar(40)  not null, -- ClientKind
    municipality_code  varchar(6),
    industry           varchar(100),
    primary key (cooperative_id, client_id)
);

-- One membership period (組合員資格) of a business; last_day null while it runs.
create table people_membership (
    cooperative_id varchar(100) not null,
    client_id      varchar(100) not null,
    joined_on      date         not null,
    last_day       date,
    end_reason     varchar(40),
    primary key (cooperative_id, client_id, joined_on)
);

create table people_worker (
    cooperative_id     varchar(100) not null,
    worker_id          varchar(100) not null,
    name               varchar(200) not null,
    birth_date         date         not null,
    hired_on           date         not null,
    employment_type    varchar(20)  not null, -- as hired
    fixed_term_ends_on date,
    indefinite_from    date,                  -- hire date for indefinite hires, conversion date after 無期転換
    last_day           date,
    separation_reason  varchar(500),
    home_municipality  varchar(6),
    primary key (cooperative_id, worker_id)
);

create table people_worker_skill (
    cooperative_id varchar(100) not null,
    worker_id      varchar(100) not null,
    skill          varchar(50)  not null,
    primary key (cooperative_id, worker_id, skill)
);

-- A client that employed the worker directly before (R-WORK-3).
create table people_previous_employer (
    cooperative_id        varchar(100) not null,
    worker_id             varchar(100) not null,
    client_id             varchar(100) not null,
    left_on               date         not null,
    retired_at_60_or_over boolean      not null,
    primary key (cooperative_id, worker_id, client_id, left_on)
);
