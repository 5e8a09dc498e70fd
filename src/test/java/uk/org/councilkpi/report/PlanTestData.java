package uk.org.councilkpi.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Plans, objectives, milestones and returns written straight into the V10 tables for a test (as a fix in psql would be,
 * with its author), in test years of its own.
 */
public final class PlanTestData {

    private final DataSource db;

    public PlanTestData(DataSource db) {
        this.db = db;
    }

    public long plan(String ref, String directorate, String from, String to) {
        return id("insert into plan (ref, title, directorate, from_period, to_period) values (?, ?, ?, ?, ?) returning id",
                ref, "Plan " + ref, directorate, from, to);
    }

    public long objective(long plan, String ref) {
        return id("insert into objective (plan_id, ref, level, title) values (?, ?, 'PRIORITY', ?) returning id",
                plan, ref, "Priority " + ref);
    }

    public long milestone(Long objective, String ref, String directorate, String officer, String email, String duePeriod) {
        return id("insert into milestone (ref, title, kind, objective_id, directorate, service, responsible_officer,"
                        + " responsible_email, due_period) values (?, ?, 'MILESTONE', ?, ?, 'Test service', ?, ?, ?) returning id",
                ref, "Milestone " + ref, objective, directorate, officer, email, duePeriod);
    }

    public void progress(long milestone, String period, String rating, String commentary) {
        id("insert into milestone_progress (milestone_id, period, rating, commentary) values (?, ?, ?, ?) returning id",
                milestone, period, rating, commentary);
    }

    public void attach(long objective, String indicatorRef) {
        id("insert into objective_indicator (objective_id, indicator_id) select ?, id from indicator where ref = ?"
                + " returning objective_id", objective, indicatorRef);
    }

    public void sql(String sql, Object... params) {
        try (Connection c = db.getConnection()) {
            actor(c);
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    s.setObject(i + 1, params[i]);
                }
                s.execute();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long id(String sql, Object... params) {
        try (Connection c = db.getConnection()) {
            actor(c);
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    s.setObject(i + 1, params[i]);
                }
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        throw new IllegalStateException("nothing written: " + sql);
                    }
                    return r.getLong(1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void actor(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select set_config('councilkpi.actor', 'plan test data', false)")) {
            s.execute();
        }
    }
}
