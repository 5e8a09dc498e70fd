-- Corrections keep the earlier figure: every replaced or deleted figure is kept here, with the time it
-- stopped being current. A figure's versions form a time line (entered_at .. replaced_at), so that reads
-- "as at" an instant can be built on it.

create table indicator_value_revision (
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
    replaced_at  timestamptz  not null,
    change       varchar(10)  not null,
    constraint value_revision_change check (change in ('CORRECTED', 'DELETED'))
);

create index value_revision_indicator_period_idx on indicator_value_revision (indicator_id, period, replaced_at);
