-- Certification registry per prefecture (認定台帳), processing group "registry" (jp.yui.query.registry).
-- Every row carries the sequence number of the event that wrote it: events of one cooperative are keyed by
-- (cooperative_id, sequence), so handling an event twice changes nothing, and terms, ends and district versions can be
-- replayed in the order the aggregate applied them.

create table registry_cooperative (
    cooperative_id            varchar(100) primary key,
    name                      varchar(200) not null,
    prefecture_code           varchar(2)   not null,
    prefecture_name           varchar(20),
    business_year_start_month integer      not null,
    registered_at             timestamptz  not null,
    registered_by             varchar(200)
);
create index registry_cooperative_prefecture on registry_cooperative (prefecture_code);

-- One term of certification as certified (CooperativeCertified) or renewed (CertificationRenewed).
create table registry_certification_term (
    cooperative_id       varchar(100) not null,
    sequence             bigint       not null,
    kind                 varchar(20)  not null, -- CERTIFICATION | RENEWAL
    certification_number varchar(100) not null,
    decided_on           date         not null, -- certifiedOn of a certification, decidedOn of a renewal
    valid_from           date         not null,
    valid_through        date         not null,
    recorded_at          timestamptz  not null,
    recorded_by          varchar(200),
    primary key (cooperative_id, sequence)
);

-- A lapse (CertificationLapsed) or revocation (CertificationRevoked) of the certification.
create table registry_certification_end (
    cooperative_id    varchar(100) not null,
    sequence          bigint       not null,
    kind              varchar(20)  not null, -- LAPSED | REVOKED
    effective_on      date         not null,
    lapse_reason      varchar(40),
    revocation_ground varchar(40),
    reason            varchar(2000),
    recorded_at       timestamptz  not null,
    recorded_by       varchar(200),
    primary key (cooperative_id, sequence)
);

-- The planned assignments a lapse or revocation listed as needing action (R-CERT-3).
create table registry_assignment_needing_action (
    cooperative_id varchar(100) not null,
    end_sequence   bigint       not null,
    assignment_id  varchar(100) not null,
    primary key (cooperative_id, end_sequence, assignment_id)
);

-- The district as registered (effective_from null) and as changed by each change certification (変更認定).
create table registry_district_version (
    cooperative_id varchar(100) not null,
    sequence       bigint       not null,
    effective_from date,
    recorded_at    timestamptz  not null,
    recorded_by    varchar(200),
    primary key (cooperative_id, sequence)
);

create table registry_district_municipality (
    cooperative_id    varchar(100) not null,
    sequence          bigint       not null,
    municipality_code varchar(6)   not null,
    primary key (cooperative_id, sequence, municipality_code)
);
create index registry_district_municipality_code on registry_district_municipality (municipality_code);
