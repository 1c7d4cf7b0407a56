package org.nbabox.rds;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.nbabox.tables.Table;
import org.nbabox.tables.Tables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dropping and rebuilding the secondary indexes of the phase9 tables around a full load (primary
 * keys stay: they are what makes a duplicate impossible). Each dropped index is recorded in
 * {@code phase9.export_dropped_indexes} in the transaction that drops it, and its row is deleted
 * once it is built again, so a load that dies in between leaves the definitions behind and the
 * next export builds them first.
 */
final class SecondaryIndexes {

    private static final Logger LOG = LoggerFactory.getLogger(SecondaryIndexes.class);
    static final String BOOKKEEPING = Phase9Schema.NAME + ".export_dropped_indexes";

    private SecondaryIndexes() {
    }

    /** An index: its name, its table and its CREATE INDEX statement. */
    record Index(String name, String table, String definition) {
    }

    /** The secondary indexes of the export tables now in place (indexes behind a constraint excluded). */
    static List<Index> current(Connection c) throws SQLException {
        List<Index> out = new ArrayList<>();
        String sql = "SELECT i.relname, t.relname, pg_get_indexdef(x.indexrelid) FROM pg_index x"
                + " JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid"
                + " JOIN pg_namespace n ON n.oid = t.relnamespace"
                + " WHERE n.nspname = ? AND t.relname = ANY (?)"
                + " AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid)"
                + " ORDER BY t.relname, i.relname";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, Phase9Schema.NAME);
            ps.setArray(2, c.createArrayOf("text", Tables.ALL.stream().map(Table::name).toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Index(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
        }
        return out;
    }

    /** Indexes a full load dropped and did not build again. */
    static List<Index> pending(Connection c) throws SQLException {
        List<Index> out = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT index_name, table_name, definition FROM " + BOOKKEEPING + " ORDER BY index_name")) {
            while (rs.next()) {
                out.add(new Index(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        }
        return out;
    }

    /** Records and drops every secondary index of the export tables, in one transaction; returns them. */
    static List<Index> drop(Connection c) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            List<Index> dropped = current(c);
            try (PreparedStatement record = c.prepareStatement("INSERT INTO " + BOOKKEEPING
                    + " (index_name, table_name, definition) VALUES (?, ?, ?) ON CONFLICT (index_name) DO NOTHING");
                 Statement st = c.createStatement()) {
                for (Index i : dropped) {
                    record.setString(1, i.name());
                    record.setString(2, i.table());
                    record.setString(3, i.definition());
                    record.executeUpdate();
                    st.execute("DROP INDEX " + Phase9Schema.NAME + "." + quote(i.name()));
                    LOG.info("Dropped index {} on {} for the full load", i.name(), i.table());
                }
            }
            c.commit();
            return dropped;
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    /** Builds every index recorded as dropped and forgets it, one index per transaction; returns them. */
    static List<Index> rebuild(Connection c) throws SQLException {
        List<Index> pending = pending(c);
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (PreparedStatement exists = c.prepareStatement("SELECT to_regclass(?) IS NOT NULL");
             PreparedStatement forget = c.prepareStatement("DELETE FROM " + BOOKKEEPING + " WHERE index_name = ?");
             Statement st = c.createStatement()) {
            for (Index i : pending) {
                exists.setString(1, Phase9Schema.NAME + "." + quote(i.name()));
                boolean there;
                try (ResultSet rs = exists.executeQuery()) {
                    rs.next();
                    there = rs.getBoolean(1);
                }
                if (!there) {
                    long start = System.nanoTime();
                    st.execute(i.definition());
                    LOG.info("Built index {} on {} again in {} ms", i.name(), i.table(), (System.nanoTime() - start) / 1_000_000);
                }
                forget.setString(1, i.name());
                forget.executeUpdate();
                c.commit();
            }
            return pending;
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
