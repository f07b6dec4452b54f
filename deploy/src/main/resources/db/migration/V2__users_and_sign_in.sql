-- Users of Yui, their API tokens and the sign-in audit (jp.yui.deploy.security). Passwords are stored only as
-- DelegatingPasswordEncoder hashes ("{bcrypt}$2a$..."), API token secrets only as SHA-256 (hex).

create table yui_user (
    username          varchar(100) primary key,
    display_name      varchar(200) not null,
    role              varchar(20)  not null, -- MANAGER | MUNICIPALITY | PREFECTURE | ADMIN
    cooperative_id    varchar(100),          -- MANAGER
    municipality_code varchar(6),            -- MUNICIPALITY
    prefecture_code   varchar(2),            -- PREFECTURE
    password_hash     varchar(200) not null,
    enabled           boolean      not null default true,
    created_at        timestamptz  not null default now(),
    created_by        varchar(200),
    constraint yui_user_role check (role in ('MANAGER', 'MUNICIPALITY', 'PREFECTURE', 'ADMIN'))
);

-- Bearer tokens of the REST API: "Authorization: Bearer yui_<token_id>_<secret>".
create table yui_api_token (
    token_id      varchar(40)  primary key,
    username      varchar(100) not null references yui_user (username),
    secret_sha256 varchar(64)  not null,
    description   varchar(200),
    created_at    timestamptz  not null default now(),
    created_by    varchar(200),
    revoked       boolean      not null default false
);
create index yui_api_token_user on yui_api_token (username);

-- Every sign-in attempt (form and HTTP Basic): who, from where, when, and whether it succeeded.
create table yui_login_audit (
    id             bigserial    primary key,
    username       varchar(200) not null,
    remote_address varchar(100),
    success        boolean      not null,
    reason         varchar(100),
    occurred_at    timestamptz  not null default now()
);
create index yui_login_audit_user_time on yui_login_audit (username, occurred_at);
create index yui_login_audit_address_time on yui_login_audit (remote_address, occurred_at);
