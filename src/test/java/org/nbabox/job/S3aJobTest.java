package org.nbabox.job;

import static org.junit.Assert.assertEquals;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.nbabox.tables.Tables;
import org.nbabox.testing.S3Proxy;
import org.nbabox.testing.SampleGames;
import org.nbabox.testing.SparkTestBase;

/** The s3a:// path end to end, against a real S3-compatible server on loopback. */
public class S3aJobTest extends SparkTestBase {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    @Test
    public void readsRawGamesFromS3AndWritesDeltaTablesToS3() throws Exception {
        try (S3Proxy s3 = S3Proxy.start(tmp.getRoot().toPath())) {
            s3.bucket("nbabox");
            s3.configure(session().sparkContext().hadoopConfiguration());
            // upload through the S3 API, as production input arrives
            org.apache.hadoop.fs.FileSystem fs = new org.apache.hadoop.fs.Path("s3a://nbabox/")
                    .getFileSystem(session().sparkContext().hadoopConfiguration());
            for (String id : SampleGames.ALL) {
                fs.copyFromLocalFile(new org.apache.hadoop.fs.Path(SampleGames.file(id).toUri()),
                        new org.apache.hadoop.fs.Path("s3a://nbabox/raw/" + id + ".json"));
            }
            // the preflight's storage checks, the same code on s3a:// as on a local folder
            org.apache.hadoop.conf.Configuration conf = session().sparkContext().hadoopConfiguration();
            org.nbabox.ops.Check input = org.nbabox.ops.StorageChecks.input("s3a://nbabox/raw", conf);
            org.junit.Assert.assertTrue(input.toString(), input.passed() && input.detail().startsWith("6 game files"));
            org.nbabox.ops.Check output = org.nbabox.ops.StorageChecks.output("s3a://nbabox/out", "s3a://nbabox/raw", conf);
            org.junit.Assert.assertTrue(output.toString(), output.passed());
            org.nbabox.ops.Check inside = org.nbabox.ops.StorageChecks.output("s3a://nbabox/raw/out", "s3a://nbabox/raw", conf);
            org.junit.Assert.assertTrue("an output inside the input fails: " + inside, !inside.passed());
            org.junit.Assert.assertTrue(!org.nbabox.ops.StorageChecks.input("s3a://nbabox/nothing-here", conf).passed());

            BatchProcessJob job = BatchProcessJob.runWith(session(), "--input", "s3a://nbabox/raw",
                    "--output", "s3a://nbabox/out", "--checkpoint-every", "3", "--season", "2019");
            assertEquals(0, job.exitCode());
            assertEquals(2, job.totals().gamesIn);
            assertEquals(547 + 553, count("s3a://nbabox/out", Tables.GAME_STATE_SNAPSHOTS));
            assertEquals(2, count("s3a://nbabox/out", Tables.BOX_SCORE_VERIFICATION));
            // the report went to S3 too
            org.apache.hadoop.fs.Path reports = new org.apache.hadoop.fs.Path("s3a://nbabox/out/reports");
            assertEquals(1, reports.getFileSystem(session().sparkContext().hadoopConfiguration()).listStatus(reports).length);
            // the tables answer queries straight from S3: the state at a moment of the overtime game
            org.nbabox.sql.TableViews.register(session(), "s3a://nbabox/out");
            org.nbabox.query.MomentState m = new org.nbabox.sql.GameQueries(session()).at("401070730", "OT1 0:45");
            assertEquals(java.util.List.of(528, 128, 128, 18),
                    java.util.List.of(m.eventIndex(), m.home().score(), m.away().score(), m.players().size()));
            // a re-run against S3 finds every game done
            assertEquals(0, BatchProcessJob.runWith(session(), "--input", "s3a://nbabox/raw", "--output", "s3a://nbabox/out",
                    "--season", "2019").totals().gamesIn);
        }
    }
}
