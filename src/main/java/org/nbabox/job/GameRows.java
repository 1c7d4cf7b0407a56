package org.nbabox.job;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.UnsafeRow;
import org.apache.spark.unsafe.Platform;
import org.nbabox.tables.Table;
import org.nbabox.tables.Tables;

/**
 * Every row one game yields, grouped by table: per table, the rows in Spark's binary format laid end
 * to end ({@code [size][bytes]} each, the size a long so that every row starts 8-byte aligned, as
 * Spark lays out its own rows) in one byte array. This is what the job caches between its pass
 * over the games and its table writes: a handful of arrays per game instead of a serialized object
 * per row, and a write reads its own table's rows without decoding the other tables' ones.
 */
final class GameRows implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Bytes before each row: its size. */
    private static final int PREFIX = 8;

    private final byte[][] bytes;
    private final int[] counts;

    private GameRows(byte[][] bytes, int[] counts) {
        this.bytes = bytes;
        this.counts = counts;
    }

    /** Rows of the table at position {@code table} of {@link Tables#ALL}. */
    int count(int table) {
        return counts[table];
    }

    int count(Table table) {
        return count(GameExploder.indexOf(table));
    }

    /**
     * The rows of one table. Each row is a view into this game's array (no copy), valid as long as
     * this object is.
     */
    Iterator<InternalRow> rows(int table) {
        byte[] b = bytes[table];
        int n = counts[table];
        int fields = Tables.ALL.get(table).schema().size();
        return new Iterator<>() {
            private int read;
            private int offset;

            @Override
            public boolean hasNext() {
                return read < n;
            }

            @Override
            public InternalRow next() {
                if (read >= n) {
                    throw new NoSuchElementException();
                }
                int size = (int) Platform.getLong(b, Platform.BYTE_ARRAY_OFFSET + offset);
                UnsafeRow row = new UnsafeRow(fields);
                row.pointTo(b, Platform.BYTE_ARRAY_OFFSET + offset + PREFIX, size);
                offset += PREFIX + size;
                read++;
                return row;
            }
        };
    }

    /** The same game with the rows of the given tables only (the others dropped). */
    GameRows only(boolean[] keep) {
        byte[][] b = new byte[bytes.length][];
        int[] c = new int[counts.length];
        for (int t = 0; t < bytes.length; t++) {
            if (keep[t]) {
                b[t] = bytes[t];
                c[t] = counts[t];
            } else {
                b[t] = new byte[0];
            }
        }
        return new GameRows(b, c);
    }

    /** Collects one game's rows, table by table, as they are made. */
    static final class Builder {
        private final byte[][] buffers = new byte[Tables.ALL.size()][];
        private final int[] used = new int[Tables.ALL.size()];
        private final int[] counts = new int[Tables.ALL.size()];

        void add(int table, UnsafeRow row) {
            int size = row.getSizeInBytes();
            byte[] b = buffers[table];
            int need = used[table] + PREFIX + size;
            if (b == null || need > b.length) {
                b = Arrays.copyOf(b == null ? new byte[0] : b, Math.max(need, b == null ? 4096 : b.length * 2));
                buffers[table] = b;
            }
            Platform.putLong(b, Platform.BYTE_ARRAY_OFFSET + used[table], size);
            row.writeToMemory(b, Platform.BYTE_ARRAY_OFFSET + used[table] + PREFIX);
            used[table] = need;
            counts[table]++;
        }

        /** Drops every row added so far. */
        void clear() {
            Arrays.fill(used, 0);
            Arrays.fill(counts, 0);
        }

        GameRows build() {
            byte[][] out = new byte[buffers.length][];
            for (int t = 0; t < out.length; t++) {
                out[t] = buffers[t] == null ? new byte[0] : Arrays.copyOf(buffers[t], used[t]);
            }
            return new GameRows(out, counts.clone());
        }
    }
}
