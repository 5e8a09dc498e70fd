-- "Signed off" and "published" each have one definition, a function of an optional instant: the views of V2 and V6
-- and the services (sign-off, publication, feed, scorecards read "as at") all ask these two, now or as at an
-- instant, instead of writing the rule again. Both are plain SQL functions, which PostgreSQL inlines into the query
-- that calls them, so a filter on the period still uses the indexes on (period, at desc, id desc).

-- The periods whose latest sign-off event at as_at (null: now) is a sign-off, with that event's instant and author.
create function signed_off_periods(as_at timestamptz default null)
    returns table (period varchar, signed_off_at timestamptz, signed_off_by varchar)
    language sql stable as $$
    select period, at, by_whom
    from (select distinct on (period) period, action, at, by_whom
          from period_signoff where as_at is null or at <= as_at
          order by period, at desc, id desc) latest
    where action = 'SIGN_OFF'
$$;

-- The periods whose figures are published at as_at (null: now): signed off then, or whose latest publication event
-- by then is PUBLISH; published_at is the later of the two.
create function published_periods(as_at timestamptz default null)
    returns table (period varchar, published_at timestamptz)
    language sql stable as $$
    select period, max(since)
    from (select s.period, s.signed_off_at as since from signed_off_periods(as_at) s
          union all
          select period, at from (select distinct on (period) period, action, at
                                  from period_publication where as_at is null or at <= as_at
                                  order by period, at desc, id desc) latest
          where action = 'PUBLISH') p
    group by period
$$;

-- The views, as before (same names and columns), now on top of the functions.
drop view published_period;
drop view signed_off_period;

create view signed_off_period as
    select period::varchar(10) as period, signed_off_at, signed_off_by::varchar(100) as signed_off_by
    from signed_off_periods();

create view published_period as
    select period::varchar(10) as period, published_at from published_periods();
