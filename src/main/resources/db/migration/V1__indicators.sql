-- Indicators, their targets, quarterly values, officers' RAG overrides and comparators.
-- Ratings and directions of travel are computed on read and never stored.

create table indicator (
    id                  bigserial primary key,
    ref                 varchar(40)  not null,
    title               varchar(500) not null,
    description         text,
    unit                varchar(20)  not null,
    polarity            varchar(20)  not null,
    frequency           varchar(30)  not null,
    measurement         varchar(30)  not null,
    decimal_places      smallint     not null,
    directorate         varchar(200),
    service             varchar(200),
    plan_priority       varchar(200),
    corporate_priority  varchar(200),
    responsible_officer varchar(200),
    key_indicator       boolean      not null,
    tolerance_kind      varchar(10),
    tolerance_amount    numeric(19, 6),
    same_band_kind      varchar(10),
    same_band_amount    numeric(19, 6),
    direction_basis     varchar(30)  not null,
    created_at          timestamptz  not null,
    updated_at          timestamptz  not null,
    version             bigint       not null default 0,
    constraint indicator_ref_unique unique (ref),
    constraint indicator_tolerance_pair check ((tolerance_kind is null) = (tolerance_amount is null)),
    constraint indicator_same_band_pair check ((same_band_kind is null) = (same_band_amount is null))
);

create index indicator_directorate_idx on indicator (directorate);
create index indicator_service_idx on indicator (service);

create table target (
    id               bigserial primary key,
    indicator_id     bigint       not null references indicator (id) on delete cascade,
    period           varchar(10)  not null,
    form             varchar(10)  not null,
    value            numeric(19, 6),
    low              numeric(19, 6),
    high             numeric(19, 6),
    text             varchar(200),
    tolerance_kind   varchar(10),
    tolerance_amount numeric(19, 6),
    updated_by       varchar(100) not null,
    updated_at       timestamptz  not null,
    constraint target_period_unique unique (indicator_id, period),
    constraint target_tolerance_pair check ((tolerance_kind is null) = (tolerance_amount is null))
);

create table indicator_value (
    id           bigserial primary key,
    indicator_id bigint       not null references indicator (id) on delete cascade,
    period       varchar(10)  not null,
    state        varchar(20)  not null,
    number       numeric(19, 6),
    provisional  boolean      not null,
    estimated    boolean      not null,
    note         varchar(200),
    commentary   text,
    entered_by   varchar(100) not null,
    entered_at   timestamptz  not null,
    constraint value_period_unique unique (indicator_id, period),
    constraint value_number_by_state check (
        (state = 'AVAILABLE' and number is not null)
        or state = 'SUPPRESSED'
        or (state not in ('AVAILABLE', 'SUPPRESSED') and number is null))
);

create index indicator_value_period_idx on indicator_value (period);

create table rag_override (
    id           bigserial primary key,
    indicator_id bigint       not null references indicator (id) on delete cascade,
    period       varchar(10)  not null,
    rating       varchar(10)  not null,
    reason       text         not null,
    set_by       varchar(100) not null,
    set_at       timestamptz  not null,
    constraint override_period_unique unique (indicator_id, period)
);

create table comparator (
    id                     bigserial primary key,
    indicator_id           bigint      not null references indicator (id) on delete cascade,
    period                 varchar(10) not null,
    stat_neighbour_average numeric(19, 6),
    stat_neighbour_note    varchar(200),
    national_average       numeric(19, 6),
    national_note          varchar(200),
    updated_at             timestamptz not null,
    constraint comparator_period_unique unique (indicator_id, period)
);
