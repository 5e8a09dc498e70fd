-- Why a change was made. A correction may say why ("figure revised after the audit"): the request's `reason`
-- parameter, which the service gives every connection of that request (common.AuditConnections), as it gives the
-- author. The database stamps it, as it stamps the author (V7):
--   * <table>.change_reason: why the current version was written (null when nobody said);
--   * <table>_history.ended_reason: why a version was replaced or deleted.
-- /changes, a figure's revisions and the figure itself show them.

create function councilkpi_reason() returns text language sql stable as $$
    select nullif(current_setting('councilkpi.reason', true), '')
$$;

do $$
declare
    t record;
begin
    for t in select * from (values ('indicator', 'updated_by'), ('target', 'updated_by'),
                                   ('indicator_value', 'entered_by'), ('rag_override', 'set_by'),
                                   ('comparator', 'updated_by')) as v(tbl, who) loop
        execute format('alter table %I add column change_reason text', t.tbl);
        execute format('alter table %I add column change_reason text, add column ended_reason text',
                       t.tbl || '_history');
        execute format($fn$
            create or replace function %1$I() returns trigger language plpgsql as $body$
            begin
                new.%2$I := councilkpi_actor();
                new.batch_id := councilkpi_batch();
                new.change_reason := councilkpi_reason();
                return new;
            end;
            $body$ $fn$, t.tbl || '_stamp_author', t.who);
    end loop;
end;
$$;

-- Versions ended before V7 by a session that named nobody (a fix in psql) have no ended_by: they say so instead, so
-- that /changes never answers "by": null. (History tables have no triggers: these updates keep no history.)
update indicator_history set ended_by = 'not recorded (before V7)' where ended_by is null;
update target_history set ended_by = 'not recorded (before V7)' where ended_by is null;
update indicator_value_history set ended_by = 'not recorded (before V7)' where ended_by is null;
update rag_override_history set ended_by = 'not recorded (before V7)' where ended_by is null;
update comparator_history set ended_by = 'not recorded (before V7)' where ended_by is null;

-- V7's generator of the history triggers, now also keeping why a version ended.
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
                insert into %2$I (%3$s, valid_to, ended_how, ended_by, ended_batch_id, ended_reason)
                select %4$s, now(), 'REPLACED', councilkpi_actor(), councilkpi_batch(), councilkpi_reason()
                  from old_rows o
                 where not exists (select 1 from new_rows n where %5$s and %7$s);
            else
                insert into %2$I (%3$s, valid_to, ended_how, ended_by, ended_batch_id, ended_reason)
                select %4$s, now(), 'DELETED', councilkpi_actor(), councilkpi_batch(), councilkpi_reason()
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
