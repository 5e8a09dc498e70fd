-- Every committed change to what a read shows is announced on the channel councilkpi_data_changed, so that each
-- running instance of the service can drop the answers it keeps in memory (scorecards, histories) at once.
-- NOTIFY is transactional: it is delivered at commit, once per transaction however many statements it ran, and
-- never for a rollback. A statement-level trigger costs one call per statement, not per row, and takes no lock,
-- so it adds nothing measurable to a bulk import. Changes made in psql are announced too.
create function notify_data_changed() returns trigger language plpgsql as $$
begin
    perform pg_notify('councilkpi_data_changed', tg_table_name);
    return null;
end;
$$;

do $$
declare
    t text;
begin
    foreach t in array array['indicator', 'target', 'indicator_value', 'rag_override', 'comparator', 'period_signoff'] loop
        execute format('create trigger %I after insert or update or delete or truncate on %I'
                       ' for each statement execute function notify_data_changed()', t || '_notify', t);
    end loop;
end;
$$;
