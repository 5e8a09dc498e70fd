-- One author for every write, whatever wrote it and whichever table it touched.
--
-- Until now each service copied "who" into its rows from the request body, so the record said what the caller
-- stated (a value PUT with "enteredBy": "Chief Executive" was recorded as the Chief Executive), and the indicator
-- definition and comparators recorded nobody. Now the database stamps the author on every insert and update, from
-- one place: councilkpi_actor(), the transaction's councilkpi.actor setting. The application sets it for every
-- connection it takes from the pool to the authenticated caller (common.AuditConnections), and a service that knows
-- the officer the request names narrows it for its transaction to "<caller> for <officer>" (common.Audit). No
-- service can forget: the stamp is not theirs to write.
--
--   * indicator.updated_by, target.updated_by, indicator_value.entered_by, rag_override.set_by,
--     comparator.updated_by: the author of the current version (and, through the history tables, of every past one);
--     batch_id: the import batch of this transaction, or none (an API correction no longer keeps an import's batch).
--   * period_signoff.by_whom, period_publication.by_whom, import_batch.created_by, api_key.created_by: who inserted
--     the row; api_key.revoked_by: who revoked the key.
--   * <table>_history.ended_by: who replaced or deleted a version (install_history_triggers below, as in V3).
--
-- Without a councilkpi.actor: a connection of the application itself (application_name 'councilkpi', set in its JDBC
-- properties) refuses the write, since an unattributed write from the service is a bug; any other session (psql, a
-- migration run by hand) is recorded as its database user, "database user postgres". A later migration that writes
-- rows must set the actor for its transaction first: select set_config('councilkpi.actor', 'migration V8', true).

create function councilkpi_actor() returns varchar language plpgsql stable as $$
declare
    actor text := nullif(current_setting('councilkpi.actor', true), '');
begin
    if actor is not null then
        return left(actor, 100);
    end if;
    if current_setting('application_name') = 'councilkpi' then
        raise exception 'a write without an author: councilkpi.actor is not set for this transaction'
            using hint = 'the service sets it through common.Audit; a migration sets it with set_config';
    end if;
    return left('database user ' || session_user, 100);
end;
$$;

create function councilkpi_batch() returns bigint language sql stable as $$
    select nullif(current_setting('councilkpi.batch', true), '')::bigint
$$;

-- The definition and comparators had no author column. Rows and versions written before this migration get a
-- marker instead of a made-up name.
alter table indicator add column updated_by varchar(100) not null default 'not recorded (before V7)';
alter table indicator alter column updated_by drop default;
alter table indicator_history add column updated_by varchar(100) default 'not recorded (before V7)';
alter table indicator_history alter column updated_by drop default;
alter table comparator add column updated_by varchar(100) not null default 'not recorded (before V7)';
alter table comparator alter column updated_by drop default;
alter table comparator_history add column updated_by varchar(100) default 'not recorded (before V7)';
alter table comparator_history alter column updated_by drop default;

-- The stamps: one small function per table (static assignments; a row trigger with jsonb would cost an import of
-- 100,000 figures seconds, as V3 found).
do $$
declare
    t record;
begin
    for t in select * from (values ('indicator', 'updated_by'), ('target', 'updated_by'),
                                   ('indicator_value', 'entered_by'), ('rag_override', 'set_by'),
                                   ('comparator', 'updated_by')) as v(tbl, who) loop
        execute format($fn$
            create function %1$I() returns trigger language plpgsql as $body$
            begin
                new.%2$I := councilkpi_actor();
                new.batch_id := councilkpi_batch();
                return new;
            end;
            $body$ $fn$, t.tbl || '_stamp_author', t.who);
        execute format('create trigger %I before insert or update on %I for each row execute function %I()',
                       t.tbl || '_stamp_author', t.tbl, t.tbl || '_stamp_author');
    end loop;
    for t in select * from (values ('period_signoff', 'by_whom'), ('period_publication', 'by_whom'),
                                   ('import_batch', 'created_by'), ('api_key', 'created_by')) as v(tbl, who) loop
        execute format($fn$
            create function %1$I() returns trigger language plpgsql as $body$
            begin
                new.%2$I := councilkpi_actor();
                return new;
            end;
            $body$ $fn$, t.tbl || '_stamp_author', t.who);
        execute format('create trigger %I before insert on %I for each row execute function %I()',
                       t.tbl || '_stamp_author', t.tbl, t.tbl || '_stamp_author');
    end loop;
end;
$$;

-- A key's revocation names who revoked it; its other updates (last use, to the minute) are nobody's writes.
create function api_key_stamp_revoker() returns trigger language plpgsql as $$
begin
    if new.revoked_at is not null and old.revoked_at is null then
        new.revoked_by := councilkpi_actor();
    end if;
    return new;
end;
$$;
create trigger api_key_stamp_revoker before update on api_key for each row execute function api_key_stamp_revoker();

-- V3's generator of the history triggers, unchanged but for who ended a version: councilkpi_actor(), so that a
-- deletion in psql names its database user too.
create or replace function install_history_triggers(t text) returns void language plpgsql as $install$
declare
    cols     text;
    old_cols text;
    compared text;
    key_eq   text;
    names    text;
begin
    select string_agg(quote_ident(a.attname), ', ' order by a.attnum),
           string_agg('o.' || quote_ident(a.attname), ', ' order by a.attnum),
           string_agg(a.attname, ',' order by a.attnum)
      into cols, old_cols, names
      from pg_attribute a
     where a.attrelid = t::regclass and a.attnum > 0 and not a.attisdropped;

    select string_agg(format('n.%1$I = o.%1$I', a.attname), ' and ' order by a.attnum)
      into key_eq
      from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any (i.indkey)
     where i.indrelid = t::regclass and i.indisprimary;
    if key_eq is null then
        raise exception 'install_history_triggers: table % has no primary key', t;
    end if;

    select '(' || string_agg('n.' || quote_ident(a.attname), ', ' order by a.attnum) || ') is not distinct from ('
               || string_agg('o.' || quote_ident(a.attname), ', ' order by a.attnum) || ')'
      into compared
      from pg_attribute a
     where a.attrelid = t::regclass and a.attnum > 0 and not a.attisdropped
       and a.attname not in ('valid_from', 'version')
       and not exists (select 1 from pg_index i
                        where i.indrelid = a.attrelid and i.indisprimary and a.attnum = any (i.indkey));
    if compared is null then
        compared := 'true';
    end if;

    execute format($fn$
        create or replace function %1$I() returns trigger language plpgsql
        set enable_nestloop = off set enable_mergejoin = off as $body$
        begin
            if (select string_agg(a.attname, ',' order by a.attnum) from pg_attribute a
                 where a.attrelid = tg_relid and a.attnum > 0 and not a.attisdropped) is distinct from %6$L then
                raise exception 'the columns of table %% have changed since its history function was generated',
                    tg_table_name using hint = format('select install_history_triggers(%%L);', tg_table_name);
            end if;
            if tg_op = 'UPDATE' then
                insert into %2$I (%3$s, valid_to, ended_how, ended_by, ended_batch_id)
                select %4$s, now(), 'REPLACED', councilkpi_actor(), councilkpi_batch()
                  from old_rows o
                 where not exists (select 1 from new_rows n where %5$s and %7$s);
            else
                insert into %2$I (%3$s, valid_to, ended_how, ended_by, ended_batch_id)
                select %4$s, now(), 'DELETED', councilkpi_actor(), councilkpi_batch()
                  from old_rows o;
            end if;
            return null;
        end;
        $body$
        $fn$, t || '_keep_history', t || '_history', cols, old_cols, key_eq, names, compared);

    execute format('drop trigger if exists %I on %I', t || '_history_update', t);
    execute format('drop trigger if exists %I on %I', t || '_history_delete', t);
    execute format('create trigger %I after update on %I referencing old table as old_rows new table as new_rows'
                   ' for each statement execute function %I()', t || '_history_update', t, t || '_keep_history');
    execute format('create trigger %I after delete on %I referencing old table as old_rows'
                   ' for each statement execute function %I()', t || '_history_delete', t, t || '_keep_history');
end;
$install$;

select install_history_triggers(t)
  from unnest(array['indicator', 'target', 'indicator_value', 'rag_override', 'comparator']) t;

-- A target rates every period that falls back on it: a quarter's target is locked while that quarter is signed off,
-- a year's while the year or any of its quarters is (changing it would change a signed-off quarter's rating).
create function target_locked_by(target_period varchar) returns varchar language sql stable as $$
    select min(s.period) from signed_off_period s
     where s.period = target_period
        or (target_period !~ '-Q[1-4]$' and s.period like target_period || '-Q_')
$$;
