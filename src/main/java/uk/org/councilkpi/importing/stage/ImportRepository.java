package uk.org.councilkpi.importing.stage;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.postgresql.PGConnection;
import uk.org.councilkpi.problem.RowError;
import uk.org.councilkpi.problem.RowErrorCode;
import uk.org.councilkpi.status.FigureContent;
import uk.org.councilkpi.importing.check.Column;

/**
 * The SQL of an import, set-based over the transaction's staging table: the checks across rows and against the
 * database, and the merge. It runs on the connection enlisted in the current JTA transaction (Agroal hands back
 * the same one that Hibernate uses), so it must be called inside one.
 */
@ApplicationScoped
public class ImportRepository {

    private static final String CREATE_STAGE = """
            create temp table import_stage (
                row_no integer not null, ref text not null, period text, sets_value boolean not null, state text,
                number numeric, provisional boolean not null, estimated boolean not null, note text, commentary text,
                sets_target boolean not null, form text, t_value numeric, t_low numeric, t_high numeric, t_text text,
                title text, value_percent boolean not null
            ) on commit drop""";

    private static final String UNKNOWN_REFS = """
            select s.row_no, s.ref from import_stage s
            where not exists (select 1 from indicator i where i.ref = s.ref) order by s.row_no""";

    private static final String ANY_DUPLICATE = """
            select 1 from import_stage where period is not null group by ref, period having count(*) > 1 limit 1""";

    private static final String DUPLICATES = """
            select row_no, ref, period, n, first_row from (
                select row_no, ref, period, count(*) over w as n, min(row_no) over w as first_row
                from import_stage where period is not null window w as (partition by ref, period)) d
            where n > 1 order by row_no""";

    private static final String SIGNED_OFF = """
            select s.row_no, s.period from import_stage s join signed_off_period p on p.period = s.period
            where s.sets_value order by s.row_no""";

    private static final String TARGET_PERIODS = """
            select distinct period from import_stage where sets_target and period is not null""";

    private static final String TARGETS_IN = """
            select s.row_no, s.period from import_stage s
            where s.sets_target and s.period = any (?) order by s.row_no""";

    /** A value written as a percentage ("85%") for an indicator that does not count percentages. */
    private static final String PERCENT_NOT_PERCENT = """
            select s.row_no, s.ref, i.unit from import_stage s join indicator i on i.ref = s.ref
            where s.value_percent and i.unit <> 'PERCENT' order by s.row_no""";

    /**
     * A title that is not its ref's (spaces and case aside, and the apostrophe a template puts before a formula-like
     * title): Excel turns ref 1.10 into 1.1, and the row would set another measure's figure.
     */
    private static final String TITLE_MISMATCH = """
            select s.row_no, s.title, s.ref, i.title from import_stage s join indicator i on i.ref = s.ref
            where s.title is not null and btrim(s.title) <> ''
              and lower(regexp_replace(btrim(regexp_replace(s.title, '^''(?=[=+@-])', '')), '\s+', ' ', 'g'))
               <> lower(regexp_replace(btrim(i.title), '\s+', ' ', 'g'))
            order by s.row_no""";

    private static final String TARGET_ROWS = """
            select s.row_no, s.t_text from import_stage s where s.sets_target order by s.row_no""";

    /** "Figure unchanged" is {@link FigureContent}'s: its columns, compared as the API compares them. */
    private static final String VALUE_FIELDS = FigureContent.sqlRow("v");
    private static final String TARGET_FIELDS = "(t.form, t.value, t.low, t.high, t.text)";

    private static final String COUNT_VALUES = """
            select count(*) filter (where v.id is null), count(*) filter (where v.id is not null and %s
                is distinct from %s)
            from import_stage s join indicator i on i.ref = s.ref
            left join indicator_value v on v.indicator_id = i.id and v.period = s.period
            where s.sets_value""".formatted(VALUE_FIELDS, FigureContent.sqlRow("s"));

    private static final String COUNT_TARGETS = """
            select count(*) filter (where t.id is null), count(*) filter (where t.id is not null and %s
                is distinct from (s.form, s.t_value, s.t_low, s.t_high, s.t_text))
            from import_stage s join indicator i on i.ref = s.ref
            left join target t on t.indicator_id = i.id and t.period = s.period
            where s.sets_target""".formatted(TARGET_FIELDS);

    /** Inserts new figures, replaces changed ones (a new version), and leaves the unchanged alone: not even updated. */
    private static final String MERGE_VALUES = """
            with merged as (
                insert into indicator_value as v (indicator_id, period, state, number, provisional, estimated, note,
                    commentary, entered_by, entered_at, batch_id)
                select i.id, s.period, s.state, s.number, s.provisional, s.estimated, s.note, s.commentary, ?, ?, ?
                from import_stage s join indicator i on i.ref = s.ref
                where s.sets_value
                on conflict (indicator_id, period) do update set state = excluded.state, number = excluded.number,
                    provisional = excluded.provisional, estimated = excluded.estimated, note = excluded.note,
                    commentary = excluded.commentary, entered_by = excluded.entered_by,
                    entered_at = excluded.entered_at, batch_id = excluded.batch_id, version = v.version + 1
                where %s is distinct from %s
                returning xmax = 0 as created)
            select count(*) filter (where created), count(*) filter (where not created) from merged"""
            .formatted(VALUE_FIELDS, FigureContent.sqlRow("excluded"));

    /** The same for targets; a target's own tolerance is not part of an import and is kept. */
    private static final String MERGE_TARGETS = """
            with merged as (
                insert into target as t (indicator_id, period, form, value, low, high, text, updated_by, updated_at,
                    batch_id)
                select i.id, s.period, s.form, s.t_value, s.t_low, s.t_high, s.t_text, ?, ?, ?
                from import_stage s join indicator i on i.ref = s.ref
                where s.sets_target
                on conflict (indicator_id, period) do update set form = excluded.form, value = excluded.value,
                    low = excluded.low, high = excluded.high, text = excluded.text, updated_by = excluded.updated_by,
                    updated_at = excluded.updated_at, batch_id = excluded.batch_id
                where %s is distinct from (excluded.form, excluded.value, excluded.low, excluded.high, excluded.text)
                returning xmax = 0 as created)
            select count(*) filter (where created), count(*) filter (where not created) from merged"""
            .formatted(TARGET_FIELDS);

    /** A batch of progress, each (milestone, quarter) at most once, as rows. */
    private static final String PROGRESS_ROWS = """
            with s as (select * from unnest(?::bigint[], ?::text[], ?::text[], ?::text[])
                as s(milestone_id, period, rating, commentary))
            """;

    private static final String COUNT_PROGRESS = PROGRESS_ROWS + """
            select count(*) filter (where p.id is null), count(*) filter (where p.id is not null
                and (p.rating, p.commentary) is distinct from (s.rating, s.commentary))
            from s left join milestone_progress p on p.milestone_id = s.milestone_id and p.period = s.period""";

    /**
     * The same as for figures: new progress inserted, changed progress replaced (a new version), the unchanged left
     * alone. The author and the batch are the database's to stamp.
     */
    private static final String MERGE_PROGRESS = PROGRESS_ROWS + """
            , merged as (
                insert into milestone_progress as p (milestone_id, period, rating, commentary, entered_at)
                select s.milestone_id, s.period, s.rating, s.commentary, ? from s
                on conflict (milestone_id, period) do update set rating = excluded.rating,
                    commentary = excluded.commentary, entered_at = excluded.entered_at, version = p.version + 1
                where (p.rating, p.commentary) is distinct from (excluded.rating, excluded.commentary)
                returning xmax = 0 as created)
            select count(*) filter (where created), count(*) filter (where not created) from merged""";

    /** A milestone's progress in a quarter, as a batch of progress sets it. */
    public record Progress(long milestoneId, String period, String rating, String commentary) {
    }

    private final AgroalDataSource dataSource;

    public ImportRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Creates this transaction's staging table and starts a COPY into it. */
    public Staging openStaging() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("drop table if exists pg_temp.import_stage");
            statement.execute(CREATE_STAGE);
            return new Staging(connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy import_stage (" + Staging.COLUMNS + ") from stdin"));
        }
    }

    /**
     * The checks across rows and against the database: unknown refs, the same (ref, period) twice, signed-off periods
     * (figures of one, targets that rate one), and targets from a caller who may not write them.
     */
    public void crossChecks(Consumer<RowError> errors, boolean mayWriteTargets, boolean checkTitles,
                     Map<String, String> lockedTargets) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.setFetchSize(1000);
            try (ResultSet r = statement.executeQuery(UNKNOWN_REFS)) {
                while (r.next()) {
                    errors.accept(new RowError(r.getInt(1), Column.REF.header(), r.getString(2),
                            "is not the ref of any indicator: define the indicator first", RowErrorCode.UNKNOWN_REF));
                }
            }
            boolean duplicates;
            try (ResultSet r = statement.executeQuery(ANY_DUPLICATE)) {
                duplicates = r.next();
            }
            try (ResultSet r = statement.executeQuery(duplicates ? DUPLICATES : "select 1 where false")) {
                while (r.next()) {
                    errors.accept(new RowError(r.getInt(1), Column.REF.header(), r.getString(2), "appears with period "
                            + r.getString(3) + " in " + r.getInt(4) + " rows of this batch (the first is row "
                            + r.getInt(5) + "): each ref and period may appear once", RowErrorCode.DUPLICATE_ROW));
                }
            }
            try (ResultSet r = statement.executeQuery(SIGNED_OFF)) {
                while (r.next()) {
                    errors.accept(new RowError(r.getInt(1), Column.PERIOD.header(), r.getString(2), "is signed off:"
                            + " its figures cannot change until it is reopened (POST /api/v1/periods/{period}/reopen)",
                            RowErrorCode.PERIOD_SIGNED_OFF));
                }
            }
            if (!lockedTargets.isEmpty()) {
                try (PreparedStatement locked = connection.prepareStatement(TARGETS_IN)) {
                    locked.setArray(1, connection.createArrayOf("text", lockedTargets.keySet().toArray()));
                    try (ResultSet r = locked.executeQuery()) {
                        while (r.next()) {
                            errors.accept(new RowError(r.getInt(1), Column.TARGET.header(), r.getString(2), "sets a"
                                    + " target that rates " + lockedTargets.get(r.getString(2)) + ", which is signed off:"
                                    + " its targets cannot change until it is reopened"
                                    + " (POST /api/v1/periods/{period}/reopen)", RowErrorCode.PERIOD_SIGNED_OFF));
                        }
                    }
                }
            }
            try (ResultSet r = statement.executeQuery(PERCENT_NOT_PERCENT)) {
                while (r.next()) {
                    errors.accept(new RowError(r.getInt(1), Column.VALUE.header(), null, "is written as a percentage, but "
                            + r.getString(2) + " counts " + r.getString(3) + ": write the number without the % sign",
                            RowErrorCode.INVALID_NUMBER));
                }
            }
            if (checkTitles) {
                try (ResultSet r = statement.executeQuery(TITLE_MISMATCH)) {
                    while (r.next()) {
                        errors.accept(new RowError(r.getInt(1), Column.TITLE.header(), r.getString(2), "is not the title"
                                + " of " + r.getString(3) + ", which is '" + r.getString(4) + "': is the ref right? (Excel"
                                + " turns 1.10 into 1.1.) Correct the ref, or send checkTitles=false to load the row as it"
                                + " is", RowErrorCode.REF_TITLE_MISMATCH));
                    }
                }
            }
            if (!mayWriteTargets) {
                try (ResultSet r = statement.executeQuery(TARGET_ROWS)) {
                    while (r.next()) {
                        errors.accept(new RowError(r.getInt(1), Column.TARGET.header(), r.getString(2), "sets a target,"
                                + " which needs the admin role: targets are set by an administrator; leave the target"
                                + " column empty to load the figures", RowErrorCode.ROLE_REQUIRED));
                    }
                }
            }
        }
    }

    /** The periods the staged rows set targets for (a few: the batch's years and quarters). */
    public java.util.List<String> targetPeriods() throws SQLException {
        java.util.List<String> periods = new java.util.ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet r = statement.executeQuery(TARGET_PERIODS)) {
            while (r.next()) {
                periods.add(r.getString(1));
            }
        }
        return periods;
    }

    /** What a merge would do, without doing it: created and updated (the rest is unchanged). */
    public int[] countValues() throws SQLException {
        return counts(COUNT_VALUES);
    }

    public int[] countTargets() throws SQLException {
        return counts(COUNT_TARGETS);
    }

    public int[] mergeValues(String enteredBy, Instant at, long batchId) throws SQLException {
        return counts(MERGE_VALUES, enteredBy, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), batchId);
    }

    public int[] mergeTargets(String updatedBy, Instant at, long batchId) throws SQLException {
        return counts(MERGE_TARGETS, updatedBy, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), batchId);
    }

    /** What merging this progress would do, without doing it: created and updated (the rest is unchanged). */
    public int[] countProgress(List<Progress> rows) throws SQLException {
        return progress(COUNT_PROGRESS, rows);
    }

    public int[] mergeProgress(List<Progress> rows, Instant at) throws SQLException {
        return progress(MERGE_PROGRESS, rows, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
    }

    /** Runs a statement on the rows of progress (as arrays, one a column), then on {@code more} parameters. */
    private int[] progress(String sql, List<Progress> rows, Object... more) throws SQLException {
        Object[] columns = {rows.stream().map(Progress::milestoneId).toArray(Long[]::new),
                rows.stream().map(Progress::period).toArray(String[]::new),
                rows.stream().map(Progress::rating).toArray(String[]::new),
                rows.stream().map(Progress::commentary).toArray(String[]::new)};
        return counts(sql, Stream.concat(Arrays.stream(columns), Arrays.stream(more)).toArray());
    }

    public long insertBatch(String source, String createdBy, Instant at, int rows) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(
                "insert into import_batch (source, created_by, created_at, rows, created, updated, unchanged)"
                        + " values (?, ?, ?, ?, 0, 0, 0) returning id")) {
            statement.setString(1, source);
            statement.setString(2, createdBy);
            statement.setObject(3, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            statement.setInt(4, rows);
            try (ResultSet r = statement.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    public void completeBatch(long batchId, int created, int updated, int unchanged) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(
                "update import_batch set created = ?, updated = ?, unchanged = ? where id = ?")) {
            statement.setInt(1, created);
            statement.setInt(2, updated);
            statement.setInt(3, unchanged);
            statement.setLong(4, batchId);
            statement.executeUpdate();
        }
    }

    private int[] counts(String sql, Object... params) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet r = statement.executeQuery()) {
                r.next();
                return new int[] {r.getInt(1), r.getInt(2)};
            }
        }
    }
}
