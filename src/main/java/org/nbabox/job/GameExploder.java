package org.nbabox.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.UnsafeProjection;
import org.apache.spark.unsafe.types.UTF8String;
import org.nbabox.espn.BadGameFileException;
import org.nbabox.espn.GameFileReader;
import org.nbabox.espn.GameFiles;
import org.nbabox.espn.RawGame;
import org.nbabox.events.GameEvent;
import org.nbabox.process.GameProcessor;
import org.nbabox.process.GameReport;
import org.nbabox.replay.Anomaly;
import org.nbabox.replay.BoxLine;
import org.nbabox.replay.PeriodBox;
import org.nbabox.replay.PlayerLine;
import org.nbabox.replay.Snapshot;
import org.nbabox.replay.Stat;
import org.nbabox.replay.TeamLine;
import org.nbabox.tables.Table;
import org.nbabox.tables.Tables;
import org.nbabox.verify.Discrepancy;
import org.nbabox.verify.Verification;

/**
 * Executor side of the batch job: reads one game file (local or s3a) and turns it into rows of every
 * table, grouped by table ({@link GameRows}) and already in Spark's binary row format (so the rows are
 * converted once, here, and cached and written without further conversion).
 * Spark stays here; the game logic is the plain-Java processor.
 */
final class GameExploder implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> hadoopConf;
    private final String boxScorePrefix;
    private final String runId;
    private transient Configuration conf;
    private transient GameFileReader reader;
    private transient UnsafeProjection[] projections;
    private transient GameRows.Builder builder;

    GameExploder(Map<String, String> hadoopConf, String boxScorePrefix, String runId) {
        this.hadoopConf = hadoopConf;
        this.boxScorePrefix = boxScorePrefix;
        this.runId = runId;
    }

    /** A Hadoop configuration on an executor: Hadoop's defaults plus the driver's fs.* settings. */
    static Configuration hadoopConf(Map<String, String> settings) {
        Configuration c = new Configuration();
        settings.forEach(c::set);
        return c;
    }

    /** The game_errors reason of a file whose game another file holds (see {@link #duplicate}). */
    static final String DUPLICATE_GAME = "duplicate game";

    /** Rows of every table for one game file. */
    GameRows explode(String file, Integer seasonHint) {
        init();
        long start = System.nanoTime();
        builder.clear();
        Out out = new Out(projections, builder);
        return explode(file, seasonHint, start, out);
    }

    /**
     * In place of a file's rows: one {@code game_errors} row, because another file holds the same game
     * ({@code keeper}, whose rows are kept). Two copies of a game in one commit would otherwise both be
     * written, and across commits they would replace each other on every run.
     */
    GameRows duplicate(String file, int season, String gameId, String keeper) {
        init();
        builder.clear();
        new Out(projections, builder).add(Tables.GAME_ERRORS, error(file, season, DUPLICATE_GAME,
                "game " + gameId + " is also in " + keeper + ", whose rows are kept"));
        return builder.build();
    }

    private void init() {
        if (conf == null) {
            conf = hadoopConf(hadoopConf);
            reader = new GameFileReader();
            projections = new UnsafeProjection[Tables.ALL.size()];
            for (int k = 0; k < projections.length; k++) {
                projections[k] = UnsafeProjection.create(Tables.ALL.get(k).schema());
            }
            builder = new GameRows.Builder();
        }
    }

    private GameRows explode(String file, Integer seasonHint, long start, Out out) {
        RawGame game;
        try {
            game = read(file);
        } catch (BadGameFileException e) {
            out.add(Tables.GAME_ERRORS, error(file, seasonHint, e.reason().label(), e.getMessage()));
            return builder.build();
        }
        Timestamp now = new Timestamp(System.currentTimeMillis());
        GameReport report;
        try {
            SnapshotRows rows = new SnapshotRows(game, out);
            report = GameProcessor.process(game, rows);
        } catch (RuntimeException e) {
            builder.clear();
            String where = e.getStackTrace().length > 0 ? " at " + e.getStackTrace()[0] : "";
            out.add(Tables.GAME_ERRORS, error(file, game.season(), "processor error", game.gameId() + ": " + e + where));
            return builder.build();
        }
        if (report.status() == GameReport.Status.PROCESSED) {
            periodRows(game, report, out);
        }
        out.add(Tables.BOX_SCORE_VERIFICATION, verificationRow(file, report, (System.nanoTime() - start) / 1_000_000, now));
        return builder.build();
    }

    /** The rows of one game, each projected to Spark's binary format as it is added. */
    private static final class Out {
        private final UnsafeProjection[] projections;
        private final GameRows.Builder rows;

        Out(UnsafeProjection[] projections, GameRows.Builder rows) {
            this.projections = projections;
            this.rows = rows;
        }

        void add(Table table, InternalRow row) {
            int t = indexOf(table);
            rows.add(t, projections[t].apply(row));
        }
    }

    /** Position of a table in {@link Tables#ALL} (by identity: cheap on the per-row path). */
    static int indexOf(Table table) {
        for (int k = 0; k < Tables.ALL.size(); k++) {
            if (Tables.ALL.get(k) == table) {
                return k;
            }
        }
        throw new IllegalArgumentException(table.name());
    }

    private RawGame read(String file) throws BadGameFileException {
        Path path = new Path(file);
        try {
            FileSystem fs = path.getFileSystem(conf);
            GameFileReader.BoxScoreSource box = GameFileReader.BoxScoreSource.NONE;
            if (boxScorePrefix != null) {
                Path boxPath = new Path(boxScorePrefix, path.getName());
                FileSystem boxFs = boxPath.getFileSystem(conf);
                box = () -> boxFs.exists(boxPath) ? boxFs.open(boxPath) : null;
            }
            try (InputStream in = fs.open(path)) {
                RawGame g = reader.read(in, path.getName(), box);
                if (boxScorePrefix != null && g.sourceFormat() == 2 && g.boxScore() == null) {
                    throw new BadGameFileException(BadGameFileException.Reason.MISSING_BOX_SCORE,
                            "no box score file " + new Path(boxScorePrefix, path.getName()));
                }
                return g;
            }
        } catch (IOException e) {
            throw new BadGameFileException(BadGameFileException.Reason.UNREADABLE, file + ": " + e.getMessage(), e);
        }
    }

    private InternalRow error(String file, Integer season, String reason, String message) {
        String id = GameFiles.stem(file);
        int s = season != null ? season : GameFiles.seasonFromId(id) != null ? GameFiles.seasonFromId(id) : 0;
        return new RowCursor(Tables.GAME_ERRORS).add(id).add(s).add(file).add(reason).add(message).add(runId)
                .add(new Timestamp(System.currentTimeMillis())).row();
    }

    /** Builds the per-event rows while the replay runs. */
    private static final class SnapshotRows implements org.nbabox.replay.SnapshotListener {
        private final RawGame game;
        private final Out out;
        // ids and names repeat on every row of a game: each is encoded once
        private final Map<String, UTF8String> utf8 = new HashMap<>(64);
        private final UTF8String gameId;
        private final UTF8String homeId;
        private final UTF8String awayId;

        SnapshotRows(RawGame game, Out out) {
            this.game = game;
            this.out = out;
            this.gameId = utf8(game.gameId());
            this.homeId = utf8(game.home().id());
            this.awayId = utf8(game.away().id());
        }

        private UTF8String utf8(String v) {
            return v == null ? null : utf8.computeIfAbsent(v, UTF8String::fromString);
        }

        private UTF8String[] onCourt(List<String> ids) {
            UTF8String[] u = new UTF8String[ids.size()];
            for (int k = 0; k < u.length; k++) {
                u[k] = utf8(ids.get(k));
            }
            return u;
        }

        @Override
        public void onSnapshot(Snapshot s) {
            GameEvent e = s.event();
            RowCursor c = new RowCursor(Tables.GAME_STATE_SNAPSHOTS)
                    .add(gameId).add(game.season()).add(game.seasonType())
                    .add(s.eventIndex()).add(e.play().sequence() < 0 ? null : e.play().sequence()).add(e.play().id())
                    .add(s.period()).add(utf8(s.periodLabel())).add(org.nbabox.replay.GameClock.display(s.tenthsLeft()))
                    .add(s.tenthsLeft() / 10.0).add(s.elapsedTenths() / 10.0)
                    .add(homeId).add(awayId).add(s.homeScore()).add(s.awayScore())
                    .add(e.play().homeScore()).add(e.play().awayScore())
                    .add(utf8(e.kind().label())).add(e.play().text()).add(utf8(e.teamId())).add(s.points())
                    .add(utf8(e.player1())).add(utf8(e.player2())).add(utf8(e.player3()))
                    .add(onCourt(s.homeOnCourt())).add(onCourt(s.awayOnCourt()));
            line(c, s.homeLine());
            line(c, s.awayLine());
            c.add(s.homeLine().teamRebounds()).add(s.homeLine().teamTurnovers())
                    .add(s.awayLine().teamRebounds()).add(s.awayLine().teamTurnovers());
            out.add(Tables.GAME_STATE_SNAPSHOTS, c.row());
            int margin = s.homeScore() - s.awayScore();
            for (PlayerLine l : s.players()) {
                // a row when his line changed in a way the clock and the score do not tell (see
                // PlayerLine#changedAt), and every line at the end of a period
                if (l.changedAt(s.eventIndex()) || s.lastOfPeriod()) {
                    RowCursor p = new RowCursor(Tables.PLAYER_SNAPSHOT_STATS)
                            .add(gameId).add(game.season()).add(s.eventIndex()).add(utf8(l.playerId()))
                            .add(utf8(l.playerName())).add(utf8(l.teamId())).add(l.onCourt()).add(s.elapsedTenths() / 10.0)
                            .add(game.isHome(l.teamId()) ? margin : -margin).add(s.lastOfPeriod());
                    line(p, l);
                    out.add(Tables.PLAYER_SNAPSHOT_STATS, p.row());
                }
            }
        }
    }

    static void line(RowCursor c, BoxLine l) {
        for (Stat s : Stat.ALL) {
            c.add(l.get(s));
        }
        c.add(l.secondsPlayed());
    }

    private static void periodRows(RawGame game, GameReport report, Out out) {
        for (PeriodBox p : report.replay().periods()) {
            for (PlayerLine l : p.players()) {
                RowCursor c = new RowCursor(Tables.QUARTER_BOX_SCORES).add(game.gameId()).add(game.season())
                        .add(p.period()).add(p.label()).add("player").add(l.playerId()).add(l.playerName()).add(l.teamId());
                line(c, l);
                out.add(Tables.QUARTER_BOX_SCORES, c.row());
            }
            for (TeamLine t : new TeamLine[] {p.home(), p.away()}) {
                RowCursor c = new RowCursor(Tables.QUARTER_BOX_SCORES).add(game.gameId()).add(game.season())
                        .add(p.period()).add(p.label()).add("team").add(t.teamId())
                        .add(game.team(t.teamId()).abbreviation()).add(t.teamId());
                line(c, t);
                out.add(Tables.QUARTER_BOX_SCORES, c.row());
            }
            out.add(Tables.QUARTER_OUTCOMES, new RowCursor(Tables.QUARTER_OUTCOMES)
                    .add(game.gameId()).add(game.season()).add(game.seasonType()).add(p.period()).add(p.label())
                    .add(game.home().id()).add(game.away().id()).add(p.homePoints()).add(p.awayPoints())
                    .add(p.winner()).add(p.margin()).add(p.total()).add(p.homeCumulative()).add(p.awayCumulative())
                    .add(p.homeCumulative() - p.awayCumulative()).row());
        }
    }

    private InternalRow verificationRow(String file, GameReport r, long ms, Timestamp now) {
        RawGame g = r.game();
        RowCursor c = new RowCursor(Tables.BOX_SCORE_VERIFICATION).add(g.gameId()).add(g.season()).add(g.seasonType())
                .add(file).add(g.sourceFormat()).add(r.status().label());
        Verification v = r.verification();
        if (v == null) {
            c.add(0).add(g.home().abbreviation()).add(g.away().abbreviation()).addNull().addNull()
                    .add(g.homeScore()).add(g.awayScore());
            for (int i = 0; i < 12; i++) {
                c.addNull();
            }
            InternalRow[] as = anomalyRows(r);
            c.add(0).add(new InternalRow[0], Tables.DISCREPANCY).add(as.length).add(as, Tables.ANOMALY).add(0);
        } else {
            c.add(r.replay().events()).add(g.home().abbreviation()).add(g.away().abbreviation())
                    .add(r.replay().homeScore()).add(r.replay().awayScore()).add(v.officialHome()).add(v.officialAway())
                    .add(v.finalScoreMatch()).add(v.linescoresMatch()).add(v.playersCompared()).add(v.cellsCompared())
                    .add(v.cellsMatched()).add(v.cellMatchRate()).add(v.plusMinusCompared()).add(v.plusMinusMatched())
                    .add(v.minutesCompared()).add(v.minutesWithinOne()).add(v.grade().name()).add(v.passed());
            List<InternalRow> ds = new ArrayList<>(v.discrepancies().size());
            for (Discrepancy d : v.discrepancies()) {
                ds.add(new RowCursor("discrepancy", Tables.DISCREPANCY).add(d.playerId()).add(d.playerName()).add(d.stat())
                        .add(d.ours()).add(d.espn()).row());
            }
            InternalRow[] as = anomalyRows(r);
            c.add(ds.size()).add(ds.toArray(new InternalRow[0]), Tables.DISCREPANCY).add(as.length)
                    .add(as, Tables.ANOMALY).add(r.replay().unknownTypes());
        }
        return c.add(ms).add(runId).add(now).row();
    }

    private static InternalRow[] anomalyRows(GameReport r) {
        List<Anomaly> anomalies = r.anomalies();
        InternalRow[] out = new InternalRow[anomalies.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = new RowCursor("anomaly", Tables.ANOMALY).add(anomalies.get(i).kind()).add(anomalies.get(i).detail()).row();
        }
        return out;
    }
}
