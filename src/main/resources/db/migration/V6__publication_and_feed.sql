-- Publication: a period's figures are drafts until the period is signed off or explicitly published. Viewers and
-- partners see published periods' figures only. Each publication and withdrawal is an event, like sign-off's.
create table period_publication (
    id        bigserial primary key,
    period    varchar(10)  not null,
    action    varchar(10)  not null,
    by_whom   varchar(100) not null,
    at        timestamptz  not null default now(),
    note      text,
    constraint period_publication_action check (action in ('PUBLISH', 'WITHDRAW'))
);

create index period_publication_period_idx on period_publication (period, at desc, id desc);

-- The periods whose figures are published: signed off, or whose latest publication event is PUBLISH.
create view published_period as
    select period, max(since) as published_at
    from (select period, signed_off_at as since from signed_off_period
          union all
          select period, at from (select distinct on (period) period, action, at
                                  from period_publication order by period, at desc, id desc) latest
          where action = 'PUBLISH') p
    group by period;

create trigger period_publication_notify after insert or update or delete or truncate on period_publication
    for each statement execute function notify_data_changed();

-- The feed of published changes (GET /api/v1/feed): every write of a figure, and every publication, withdrawal,
-- sign-off and reopening of a period, is an event stamped with its transaction's id. A partner's cursor is a
-- transaction-id horizon: the feed answers the events of transactions below the oldest one still running
-- (pg_snapshot_xmin), so an event committed late by a long transaction is never skipped. Statement-level triggers
-- write one set-based insert per statement.
create table feed_event (
    id           bigserial primary key,
    xid          xid8        not null default pg_current_xact_id(),
    indicator_id bigint,               -- null: the whole period (published, withdrawn, signed off or reopened)
    period       varchar(10) not null
);

create index feed_event_xid_idx on feed_event (xid);

create function feed_values_written() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        insert into feed_event (indicator_id, period) select distinct indicator_id, period from old_rows;
    else
        insert into feed_event (indicator_id, period) select distinct indicator_id, period from new_rows;
    end if;
    return null;
end;
$$;

create trigger indicator_value_feed_insert after insert on indicator_value referencing new table as new_rows
    for each statement execute function feed_values_written();
create trigger indicator_value_feed_update after update on indicator_value referencing new table as new_rows
    for each statement execute function feed_values_written();
create trigger indicator_value_feed_delete after delete on indicator_value referencing old table as old_rows
    for each statement execute function feed_values_written();

create function feed_period_event() returns trigger language plpgsql as $$
begin
    insert into feed_event (indicator_id, period) select distinct null::bigint, period from new_rows;
    return null;
end;
$$;

create trigger period_publication_feed after insert on period_publication referencing new table as new_rows
    for each statement execute function feed_period_event();
create trigger period_signoff_feed after insert on period_signoff referencing new table as new_rows
    for each statement execute function feed_period_event();

-- What is already stored is in the feed from its start.
insert into feed_event (indicator_id, period) select indicator_id, period from indicator_value;
insert into feed_event (indicator_id, period) select distinct null::bigint, period from period_signoff;
