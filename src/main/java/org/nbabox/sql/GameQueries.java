package org.nbabox.sql;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.round;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.nbabox.espn.TeamInfo;
import org.nbabox.query.BadQueryException;
import org.nbabox.query.GameFlow;
import org.nbabox.query.GameMoment;
import org.nbabox.query.GameOutline;
import org.nbabox.query.MomentState;
import org.nbabox.replay.Stat;

/**
 * Answers the questions of jobs/query from the registered tables and views ({@link TableViews}):
 * reads rows, and leaves every decision to the query package.
 */
public final class GameQueries {

    private final SparkSession spark;

    public GameQueries(SparkSession spark) {
        this.spark = spark;
    }

    /** The teams, periods and period lengths of a stored game; {@link BadQueryException} when there is none. */
    public GameOutline outline(String gameId) {
        List<Row> verification = spark.table("box_score_verification").filter(col("game_id").equalTo(gameId))
                .select("home_team", "away_team", "status").collectAsList();
        List<Row> periods = events(gameId).groupBy("period")
                .agg(first("period_label").as("label"),
                        max(col("elapsed_seconds").plus(col("seconds_left_in_period"))).as("end"),
                        first("home_team_id").as("home"), first("away_team_id").as("away"))
                .collectAsList();
        if (periods.isEmpty()) {
            if (!verification.isEmpty() && "no play-by-play".equals(verification.get(0).getString(2))) {
                throw new BadQueryException("game " + gameId + " has no play-by-play");
            }
            throw new BadQueryException("no game " + gameId + " in the tables");
        }
        TreeMap<Integer, String> labels = new TreeMap<>();
        Map<Integer, Double> ends = new HashMap<>();
        for (Row r : periods) {
            labels.put(r.getInt(0), r.getString(1));
            ends.put(r.getInt(0), r.getDouble(2));
        }
        Row any = periods.get(0);
        String homeId = any.getString(3);
        String awayId = any.getString(4);
        String homeAbbreviation = verification.isEmpty() ? homeId : verification.get(0).getString(0);
        String awayAbbreviation = verification.isEmpty() ? awayId : verification.get(0).getString(1);
        return new GameOutline(gameId, new TeamInfo(homeId, homeAbbreviation, null),
                new TeamInfo(awayId, awayAbbreviation, null), labels.lastKey(), GameOutline.rules(labels, ends));
    }

    /** The state after the last event at or before a moment ("Q3 7:32", "halftime", elapsed seconds...). */
    public MomentState at(String gameId, String when) {
        GameOutline game = outline(gameId);
        GameMoment m = game.moment(when);
        Column atOrBefore = col("period").lt(m.period()).or(col("period").equalTo(m.period())
                .and(round(col("seconds_left_in_period").multiply(10)).geq(m.tenthsLeft())));
        List<Row> found = events(gameId).filter(atOrBefore).orderBy(col("event_num").desc()).limit(1).collectAsList();
        if (found.isEmpty()) {
            throw new BadQueryException("no event at or before \"" + when + "\" in game " + gameId);
        }
        Row e = found.get(0);
        int eventNum = e.getInt(e.fieldIndex("event_num"));
        List<MomentState.Player> players = new ArrayList<>();
        for (Row p : spark.table("player_lines_at")
                .filter(col("game_id").equalTo(gameId).and(col("event_num").equalTo(eventNum))).collectAsList()) {
            players.add(player(p));
        }
        return new MomentState(gameId, when, eventNum, e.getInt(e.fieldIndex("period")),
                e.getString(e.fieldIndex("period_label")), e.getString(e.fieldIndex("clock")),
                e.getDouble(e.fieldIndex("elapsed_seconds")),
                MomentState.side(game.home(), e.getInt(e.fieldIndex("home_score")), e.getList(e.fieldIndex("home_on_court")), players),
                MomentState.side(game.away(), e.getInt(e.fieldIndex("away_score")), e.getList(e.fieldIndex("away_on_court")), players),
                e.getString(e.fieldIndex("event_text")), players);
    }

    /** The score margin over a game. */
    public GameFlow flow(String gameId) {
        GameOutline game = outline(gameId);
        List<GameFlow.Point> points = new ArrayList<>();
        for (Row r : events(gameId).select("event_num", "period", "period_label", "clock", "elapsed_seconds",
                "home_score", "away_score").orderBy("event_num").collectAsList()) {
            points.add(new GameFlow.Point(r.getInt(0), r.getInt(1), r.getString(2), r.getString(3), r.getDouble(4),
                    r.getInt(5), r.getInt(6)));
        }
        return GameFlow.of(gameId, game.home(), game.away(), points);
    }

    private Dataset<Row> events(String gameId) {
        return spark.table("game_state_snapshots").filter(col("game_id").equalTo(gameId));
    }

    private static MomentState.Player player(Row p) {
        int[] stats = new int[Stat.ALL.length];
        for (Stat s : Stat.ALL) {
            stats[s.ordinal()] = p.getInt(p.fieldIndex(s.column()));
        }
        return new MomentState.Player(p.getString(p.fieldIndex("player_id")), p.getString(p.fieldIndex("player_name")),
                p.getString(p.fieldIndex("team_id")), p.getBoolean(p.fieldIndex("on_court")), stats,
                p.getDouble(p.fieldIndex("seconds_played")));
    }
}
