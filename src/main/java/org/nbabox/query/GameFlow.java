package org.nbabox.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.nbabox.espn.TeamInfo;
import org.nbabox.report.Charts;

/**
 * The score margin over a game: the score at the first event, after every event that changed it and
 * at the end of every period, as rows and as a step chart of the home team's margin over game time.
 */
public record GameFlow(String gameId, TeamInfo home, TeamInfo away, List<Point> points) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The score after one event. */
    public record Point(int eventIndex, int period, String periodLabel, String clock, double elapsedSeconds,
                        int homeScore, int awayScore) {

        /** Home score minus away score. */
        public int margin() {
            return homeScore - awayScore;
        }
    }

    public GameFlow {
        points = List.copyOf(points);
    }

    /** The flow from every event of a game, in event order: keeps the events that tell the margin's story. */
    public static GameFlow of(String gameId, TeamInfo home, TeamInfo away, List<Point> events) {
        List<Point> kept = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            Point p = events.get(i);
            boolean first = i == 0;
            boolean scoreChanged = !first && (p.homeScore() != events.get(i - 1).homeScore()
                    || p.awayScore() != events.get(i - 1).awayScore());
            boolean periodEnd = i + 1 == events.size() || events.get(i + 1).period() != p.period();
            if (first || scoreChanged || periodEnd) {
                kept.add(p);
            }
        }
        return new GameFlow(gameId, home, away, kept);
    }

    public String table() {
        StringBuilder b = new StringBuilder();
        b.append(String.format("Game %s: %s @ %s, margin = %s minus %s%n%n", gameId, away.abbreviation(),
                home.abbreviation(), home.abbreviation(), away.abbreviation()));
        b.append(String.format("%6s %-4s %6s %8s %5s %5s %7s%n", "EVENT", "PER", "CLOCK", "ELAPSED",
                away.abbreviation(), home.abbreviation(), "MARGIN"));
        for (Point p : points) {
            b.append(String.format("%6d %-4s %6s %8s %5d %5d %7s%n", p.eventIndex(), p.periodLabel(), p.clock(),
                    gameTime(p.elapsedSeconds()), p.awayScore(), p.homeScore(), signed(p.margin())));
        }
        return b.toString();
    }

    public ObjectNode json() {
        ObjectNode o = JSON.createObjectNode();
        o.put("game_id", gameId);
        o.put("home_team", home.abbreviation());
        o.put("away_team", away.abbreviation());
        o.put("home_team_id", home.id());
        o.put("away_team_id", away.id());
        ArrayNode rows = o.putArray("points");
        for (Point p : points) {
            ObjectNode r = rows.addObject();
            r.put("event_num", p.eventIndex());
            r.put("period", p.period());
            r.put("period_label", p.periodLabel());
            r.put("clock", p.clock());
            r.put("elapsed_seconds", p.elapsedSeconds());
            r.put("home_score", p.homeScore());
            r.put("away_score", p.awayScore());
            r.put("margin", p.margin());
        }
        return o;
    }

    /** A PNG step chart of the home margin over elapsed game minutes. */
    public byte[] chartPng(int width, int height) {
        List<double[]> xy = new ArrayList<>();
        List<Double> periodStarts = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            xy.add(new double[] {p.elapsedSeconds() / 60.0, p.margin()});
            if (i > 0 && points.get(i - 1).period() != p.period()) {
                periodStarts.add(points.get(i - 1).elapsedSeconds() / 60.0);
            }
        }
        return Charts.line(away.abbreviation() + " @ " + home.abbreviation() + " (" + gameId + "): "
                + home.abbreviation() + " margin", "game minutes", home.abbreviation() + " minus " + away.abbreviation(),
                xy, periodStarts, width, height);
    }

    private static String signed(int n) {
        return n > 0 ? "+" + n : String.valueOf(n);
    }

    private static String gameTime(double seconds) {
        int s = (int) Math.round(seconds);
        return (s / 60) + ":" + String.format("%02d", s % 60);
    }
}
