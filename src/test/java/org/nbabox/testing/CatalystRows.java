package org.nbabox.testing;

import java.util.Iterator;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.CatalystTypeConverters;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.types.StructType;

/** External rows of a schema in Spark's internal form (what a query plan hands the export), by Spark's own converter. */
public final class CatalystRows {

    private CatalystRows() {
    }

    public static InternalRow of(Row row, StructType schema) {
        return (InternalRow) CatalystTypeConverters.createToCatalystConverter(schema).apply(row);
    }

    public static Iterator<InternalRow> of(Iterator<Row> rows, StructType schema) {
        scala.Function1<Object, Object> convert = CatalystTypeConverters.createToCatalystConverter(schema);
        return map(rows, r -> (InternalRow) convert.apply(r));
    }

    /** {@code rows} with {@code f} applied to each, lazily. */
    public static <A, B> Iterator<B> map(Iterator<A> rows, Function<A, B> f) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public B next() {
                return f.apply(rows.next());
            }
        };
    }
}
