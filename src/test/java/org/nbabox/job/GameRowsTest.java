package org.nbabox.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.serializer.KryoSerializer;
import org.apache.spark.serializer.SerializerInstance;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.UnsafeProjection;
import org.apache.spark.sql.catalyst.expressions.UnsafeRow;
import org.apache.spark.unsafe.Platform;
import org.junit.jupiter.api.Test;
import org.nbabox.tables.Tables;

class GameRowsTest {

    private static final int ERRORS = GameExploder.indexOf(Tables.GAME_ERRORS);
    private static final int OUTCOMES = GameExploder.indexOf(Tables.QUARTER_OUTCOMES);

    private static InternalRow error(String id, String message) {
        return new RowCursor(Tables.GAME_ERRORS).add(id).add(2024).add(id + ".json").add("malformed JSON").add(message)
                .add("run").add(new java.sql.Timestamp(0L)).row();
    }

    private static List<String> messages(Iterator<InternalRow> rows) {
        List<String> out = new ArrayList<>();
        rows.forEachRemaining(r -> out.add(r.getUTF8String(0) + ":" + r.getUTF8String(4)));
        return out;
    }

    @Test
    void rowsComeBackPerTableInOrderAfterTheBuilderIsReused() throws Exception {
        UnsafeProjection errors = UnsafeProjection.create(Tables.GAME_ERRORS.schema());
        GameRows.Builder b = new GameRows.Builder();
        b.add(ERRORS, errors.apply(error("1", "left over from an earlier game")));
        b.clear();
        // a message longer than the first buffer: the table's array grows
        String longMessage = "x".repeat(10_000);
        b.add(ERRORS, errors.apply(error("2", "short")));
        b.add(ERRORS, errors.apply(error("3", longMessage)));
        GameRows g = b.build();
        b.clear();
        b.add(ERRORS, errors.apply(error("4", "next game")));

        assertEquals(2, g.count(Tables.GAME_ERRORS));
        assertEquals(0, g.count(OUTCOMES));
        assertFalse(g.rows(OUTCOMES).hasNext());
        assertEquals(List.of("2:short", "3:" + longMessage), messages(g.rows(ERRORS)));
        for (Iterator<InternalRow> rows = g.rows(ERRORS); rows.hasNext();) {
            UnsafeRow row = (UnsafeRow) rows.next();
            assertEquals(0, (row.getBaseOffset() - Platform.BYTE_ARRAY_OFFSET) % 8, "rows start 8-byte aligned, as Spark's own");
        }

        // as the job caches it: Kryo on a cluster, Java serialization in the unit tests' session
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(g);
        }
        GameRows back = (GameRows) new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray())).readObject();
        assertEquals(messages(g.rows(ERRORS)), messages(back.rows(ERRORS)));
        SerializerInstance kryo = new KryoSerializer(new SparkConf().set("spark.kryo.referenceTracking", "false")).newInstance();
        GameRows viaKryo = kryo.deserialize(kryo.serialize(g, TAG), TAG);
        assertEquals(messages(g.rows(ERRORS)), messages(viaKryo.rows(ERRORS)));

        boolean[] keep = new boolean[Tables.ALL.size()];
        keep[ERRORS] = true;
        GameRows kept = g.only(keep);
        assertEquals(messages(g.rows(ERRORS)), messages(kept.rows(ERRORS)));
        GameRows dropped = g.only(new boolean[Tables.ALL.size()]);
        assertEquals(0, dropped.count(ERRORS));
        assertFalse(dropped.rows(ERRORS).hasNext());
    }

    private static final scala.reflect.ClassTag<GameRows> TAG = scala.reflect.ClassTag$.MODULE$.apply(GameRows.class);
}
