-- API keys: each names a client (a dashboard, a partner agency, the performance team's loader) and gives it one
-- role. The key itself is shown once, when it is created; only its SHA-256 is kept (keys are 256 random bits, so a
-- fast hash is enough: nothing to guess), with its first characters to tell keys apart in lists.
create table api_key (
    id           bigserial    primary key,
    client       varchar(100) not null,
    role         varchar(10)  not null,
    key_hash     varchar(64)  not null,
    key_prefix   varchar(16)  not null,
    created_by   varchar(100) not null,
    created_at   timestamptz  not null default now(),
    expires_at   timestamptz,
    revoked_at   timestamptz,
    revoked_by   varchar(100),
    last_used_at timestamptz,
    constraint api_key_role check (role in ('viewer', 'partner', 'editor', 'admin')),
    constraint api_key_hash_unique unique (key_hash)
);
