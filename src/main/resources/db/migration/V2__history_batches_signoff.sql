-- Nothing is ever lost: every row of the five tables that feed a scorecard has a valid_from (the time of the
-- transaction that wrote it), and every version it replaces or deletes is kept in <table>_history with the
-- time it ended (valid_to), who ended it and in which import batch. Triggers keep the history, so no code path
-- (an API write, an import, a manual fix in psql) can skip it. A read "as at" instant T takes, per row, the
-- current version if valid_from <= T, else the history version with valid_from <= T < valid_to.
--
-- Who and which batch: the application sets councilkpi.actor and councilkpi.batch for its transaction
-- (set_config(..., true)); the trigger copies them onto the history row of the version that ended.

create table import_batch (
    id          bigserial primary key,
    source      varchar(10)  not null,
    created_by  varchar(100) not null,
    created_at  timestamptz  not null default now(),
    rows        integer      not null,
    created     integer      not null,
    updated     integer      not null,
    unchanged   integer      not null
);

alter table indicator add column valid_from timestamptz not null default now();
alter table indicator add column batch_id bigint;
alter table target add column valid_from timestamptz not null default now();
alter table target add column batch_id bigint;
alter table indicator_value add column valid_from timestamptz not null default now();
alter table indicator_value add column batch_id bigint;
alter table indicator_value add column version bigint not null default 0;
alter table rag_override add column valid_from timestamptz not null default now();
alter table rag_override add column batch_id bigint;
alter table comparator add column valid_from timestamptz not null default now();
alter table comparator add column batch_id bigint;

-- Stamps every changed version with its transaction's time (an INSERT takes the column default, now()).
create function stamp_valid_from() returns trigger language plpgsql as $$
begin
    new.valid_from := now();
    return new;
end;
$$;

-- Keeps the version an UPDATE or DELETE ends, unless an UPDATE changed nothing but its stamps.
create function keep_history() returns trigger language plpgsql as $$
declare
    unchanged boolean;
begin
    if tg_op = 'UPDATE' then
        unchanged := (to_jsonb(new) - 'valid_from' - 'version') = (to_jsonb(old) - 'valid_from' - 'version');
        if unchanged then
            return null;
        end if;
    end if;
    execute format('insert into %I select * from jsonb_populate_record(null::%I, $1)',
                   tg_table_name || '_history', tg_table_name || '_history')
        using to_jsonb(old) || jsonb_build_object(
            'valid_to', now(),
            'ended_how', case tg_op when 'DELETE' then 'DELETED' else 'REPLACED' end,
            'ended_by', nullif(current_setting('councilkpi.actor', true), ''),
            'ended_batch_id', nullif(current_setting('councilkpi.batch', true), '')::bigint);
    return null;
end;
$$;

do $$
declare
    t text;
begin
    foreach t in array array['indicator', 'target', 'indicator_value', 'rag_override', 'comparator'] loop
        execute format('create table %I (like %I)', t || '_history', t);
        execute format('alter table %I add column valid_to timestamptz not null,'
                       ' add column ended_how varchar(10) not null,'
                       ' add column ended_by varchar(100),'
                       ' add column ended_batch_id bigint', t || '_history');
        execute format('create trigger %I before update on %I for each row execute function stamp_valid_from()',
                       t || '_stamp', t);
        execute format('create trigger %I after update or delete on %I for each row execute function keep_history()',
                       t || '_history', t);
    end loop;
end;
$$;

create index indicator_history_id_idx on indicator_history (id, valid_from);
create index target_history_indicator_idx on target_history (indicator_id, period, valid_from);
create index indicator_value_history_indicator_idx on indicator_value_history (indicator_id, period, valid_from);
create index rag_override_history_indicator_idx on rag_override_history (indicator_id, period, valid_from);
create index comparator_history_indicator_idx on comparator_history (indicator_id, period, valid_from);

-- Quarter sign-off: each sign-off and reopening is an event; a period is signed off when its latest event is.
create table period_signoff (
    id        bigserial primary key,
    period    varchar(10)  not null,
    action    varchar(10)  not null,
    by_whom   varchar(100) not null,
    at        timestamptz  not null default now(),
    note      text,
    constraint period_signoff_action check (action in ('SIGN_OFF', 'REOPEN'))
);

create index period_signoff_period_idx on period_signoff (period, at desc, id desc);

-- The periods whose latest event is a sign-off.
create view signed_off_period as
    select period, at as signed_off_at, by_whom as signed_off_by
    from (select distinct on (period) period, action, at, by_whom
          from period_signoff order by period, at desc, id desc) latest
    where action = 'SIGN_OFF';
