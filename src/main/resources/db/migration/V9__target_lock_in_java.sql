-- Which periods a target rates is a rule of the domain (status.Targets.ratedPeriods, beside applicablePeriods): V7's
-- SQL copy of it is no longer used (sign-off asks the rule, then the signed_off_period view).
drop function target_locked_by(varchar);
