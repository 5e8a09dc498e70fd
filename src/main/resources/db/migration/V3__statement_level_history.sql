-- History kept per statement instead of per row. V2's row-level trigger keep_history() ran to_jsonb and a dynamic
-- INSERT for every row an UPDATE or DELETE touched: about 85% of the time of a bulk update. Each of the five
-- tables now has two statement-level triggers over the statement's transition tables, calling a function of its
-- own with static SQL (generated below from the table's columns), that writes the history of the whole statement
-- in one INSERT ... SELECT.
--
-- Same history as before:
--   * DELETE: every deleted row, ended_how 'DELETED'.
--   * UPDATE: every old row, ended_how 'REPLACED', unless the statement left it unchanged but for valid_from and
--     version (an old row with a new row of the same primary key and equal in every other column, nulls equal).
--   * valid_to now(), ended_by and ended_batch_id from councilkpi.actor and councilkpi.batch, as in V2.
--   * The BEFORE UPDATE row trigger <table>_stamp (stamp_valid_from) stays as it is.
--
-- Primary keys: old and new rows are paired by the primary key (id in all five tables). Nothing updates an id
-- (Hibernate never does, and the import's ON CONFLICT ... DO UPDATE does not set it). Should an UPDATE change one
-- anyway, the old version is still kept, as REPLACED, because no new row has its id and its content; the one case
-- that differs from V2 is rows trading ids *and* contents so that every id ends as it was, which V2 recorded as
-- replaced and this records as unchanged.
--
-- The planner: a function's query plan is cached from its first call, sized for that call's transition tables
-- (often one row), and a nested loop over two transition tables of 100,000 rows is quadratic. The functions run
-- with enable_nestloop and enable_mergejoin off, so that the pairing is always a hash (anti) join.
--
-- Columns: the generated functions name the columns the table has now. A later migration that adds, drops or
-- renames a column of one of these tables (and its _history table) must then call
--     select install_history_triggers('<table>');
-- to regenerate them; until it does, an UPDATE or DELETE of that table fails with an error saying so, rather than
-- keeping history without the new column.

drop trigger indicator_history on indicator;
drop trigger target_history on target;
drop trigger indicator_value_history on indicator_value;
drop trigger rag_override_history on rag_override;
drop trigger comparator_history on comparator;
drop function keep_history();

-- (Re)creates <t>_keep_history() and the triggers <t>_history_update and <t>_history_delete on table t.
create function install_history_triggers(t text) returns void language plpgsql as $install$
declare
    cols     text;   -- the table's columns, in order: "id, indicator_id, ..."
    old_cols text;   -- the same from old_rows: "o.id, o.indicator_id, ..."
    compared text;   -- the columns an unchanged update leaves alone, less the key: "(n.a, n.b) ... (o.a, o.b)"
    key_eq   text;   -- "n.id = o.id"
    names    text;   -- the column names as one string, checked on every call
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
                select %4$s, now(), 'REPLACED', nullif(current_setting('councilkpi.actor', true), ''),
                       nullif(current_setting('councilkpi.batch', true), '')::bigint
                  from old_rows o
                 where not exists (select 1 from new_rows n where %5$s and %7$s);
            else
                insert into %2$I (%3$s, valid_to, ended_how, ended_by, ended_batch_id)
                select %4$s, now(), 'DELETED', nullif(current_setting('councilkpi.actor', true), ''),
                       nullif(current_setting('councilkpi.batch', true), '')::bigint
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
