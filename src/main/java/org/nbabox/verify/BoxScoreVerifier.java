package org.nbabox.verify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nbabox.espn.BoxColumn;
import org.nbabox.espn.OfficialBoxScore;
import org.nbabox.espn.OfficialPlayerLine;
import org.nbabox.espn.RawGame;
import org.nbabox.replay.Anomaly;
import org.nbabox.replay.PlayerLine;
import org.nbabox.replay.ReplayResult;
import org.nbabox.replay.Stat;

/**
 * Compares the box score built from play-by-play with ESPN's official one: final score, each
 * period's linescore, and for every player each of the 14 columns. Minutes match within one (ESPN
 * rounds); +/- is skipped where ESPN shows "--". Every difference is listed; none is hidden.
 */
public final class BoxScoreVerifier {

    private BoxScoreVerifier() {
    }

    public static Verification verify(RawGame game, ReplayResult result) {
        List<Anomaly> anomalies = new ArrayList<>();
        List<Discrepancy> discrepancies = new ArrayList<>();
        Integer offHome = game.homeScore();
        Integer offAway = game.awayScore();
        boolean finalMatch = offHome != null && offAway != null && offHome == result.homeScore() && offAway == result.awayScore();
        if (!finalMatch) {
            discrepancies.add(new Discrepancy(null, "FINAL", "SCORE", result.awayScore() + "-" + result.homeScore(),
                    offAway == null ? "none" : offAway + "-" + offHome));
        }
        boolean linesMatch = linescores(game.homeLinescores(), result.homeLinescores(), game.home().abbreviation(), discrepancies)
                & linescores(game.awayLinescores(), result.awayLinescores(), game.away().abbreviation(), discrepancies);
        OfficialBoxScore box = game.boxScore();
        if (box == null || !box.hasPlayers()) {
            anomalies.add(new Anomaly(box == null ? "no_box_score" : "box_score_team_only",
                    box == null ? "no official box score to verify players against"
                            : "official box score has team totals only; players not verified"));
            Grade g = finalMatch && linesMatch ? Grade.B : Grade.C;
            return new Verification(box != null, offHome, offAway, finalMatch, linesMatch, 0, 0, 0, 0, 0, 0, 0, g,
                    false, discrepancies, anomalies);
        }
        Counts c = new Counts();
        Map<String, Integer> boxPoints = new HashMap<>();
        for (OfficialPlayerLine official : box.players()) {
            PlayerLine ours = result.players().get(official.athleteId());
            if (official.hasStats()) {
                boxPoints.merge(official.teamId(), parse(official.stat(BoxColumn.PTS)), Integer::sum);
                comparePlayer(official, ours, c, discrepancies);
            } else if (ours != null && (ours.minutesRounded() > 0 || hasCounters(ours))) {
                // a dash row is right for a player on court for seconds without a stat
                discrepancies.add(new Discrepancy(ours.playerId(), ours.playerName(), "PLAYED", "yes", "no stats in box"));
            }
        }
        java.util.Set<String> inBox = new java.util.HashSet<>();
        box.players().forEach(o -> inBox.add(o.athleteId()));
        for (PlayerLine ours : result.players().values()) {
            if (!inBox.contains(ours.playerId())) {
                discrepancies.add(new Discrepancy(ours.playerId(), ours.playerName(), "PLAYER", "present", "absent"));
            }
        }
        espnConsistency(game, boxPoints, anomalies);
        double rate = c.compared == 0 ? 0 : (double) c.matched / c.compared;
        Grade grade = Grade.of(rate, finalMatch, linesMatch);
        return new Verification(true, offHome, offAway, finalMatch, linesMatch, c.players, c.compared, c.matched,
                c.pmCompared, c.pmMatched, c.minCompared, c.minWithin, grade, grade.passes(finalMatch), discrepancies, anomalies);
    }

    private static boolean hasCounters(PlayerLine l) {
        for (Stat s : Stat.ALL) {
            if (s != Stat.PLUS_MINUS && l.get(s) != 0) {
                return true;
            }
        }
        return false;
    }

    private static final class Counts {
        int players;
        int compared;
        int matched;
        int pmCompared;
        int pmMatched;
        int minCompared;
        int minWithin;
    }

    private static void comparePlayer(OfficialPlayerLine official, PlayerLine ours, Counts c, List<Discrepancy> out) {
        c.players++;
        for (BoxColumn col : BoxColumn.values()) {
            String espn = official.stat(col);
            if (espn == null || espn.isBlank() || espn.chars().allMatch(ch -> ch == '-')) {
                continue; // ESPN gives nothing to compare ("--" +/- in old seasons)
            }
            String mine = ours == null ? zero(col) : value(ours, col);
            boolean match = col == BoxColumn.MIN
                    ? Math.abs(parse(espn) - parse(mine)) <= 1
                    : normalise(espn).equals(normalise(mine));
            c.compared++;
            if (match) {
                c.matched++;
            } else {
                out.add(new Discrepancy(official.athleteId(), official.displayName(), col.label(), mine, espn));
            }
            if (col == BoxColumn.PLUS_MINUS) {
                c.pmCompared++;
                c.pmMatched += match ? 1 : 0;
            } else if (col == BoxColumn.MIN) {
                c.minCompared++;
                c.minWithin += match ? 1 : 0;
            }
        }
    }

    /** Our value of a column, in ESPN's notation. */
    public static String value(PlayerLine l, BoxColumn col) {
        return switch (col) {
            case MIN -> Integer.toString(l.minutesRounded());
            case FG -> l.get(Stat.FGM) + "-" + l.get(Stat.FGA);
            case THREE_PT -> l.get(Stat.FG3M) + "-" + l.get(Stat.FG3A);
            case FT -> l.get(Stat.FTM) + "-" + l.get(Stat.FTA);
            case OREB -> Integer.toString(l.get(Stat.OREB));
            case DREB -> Integer.toString(l.get(Stat.DREB));
            case REB -> Integer.toString(l.get(Stat.REB));
            case AST -> Integer.toString(l.get(Stat.AST));
            case STL -> Integer.toString(l.get(Stat.STL));
            case BLK -> Integer.toString(l.get(Stat.BLK));
            case TO -> Integer.toString(l.get(Stat.TOV));
            case PF -> Integer.toString(l.get(Stat.PF));
            case PLUS_MINUS -> (l.get(Stat.PLUS_MINUS) > 0 ? "+" : "") + l.get(Stat.PLUS_MINUS);
            case PTS -> Integer.toString(l.get(Stat.PTS));
        };
    }

    private static String zero(BoxColumn col) {
        return switch (col) {
            case FG, THREE_PT, FT -> "0-0";
            default -> "0";
        };
    }

    private static String normalise(String v) {
        String s = v.trim();
        return s.startsWith("+") ? s.substring(1) : s;
    }

    private static int parse(String v) {
        if (v == null) {
            return 0; // a box row shorter than its header: nothing stated
        }
        try {
            return Integer.parseInt(normalise(v));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static boolean linescores(int[] official, int[] ours, String team, List<Discrepancy> out) {
        if (official.length == 0) {
            return true;
        }
        boolean match = Arrays.equals(official, ours);
        if (!match) {
            out.add(new Discrepancy(null, team, "LINESCORE", Arrays.toString(ours), Arrays.toString(official)));
        }
        return match;
    }

    /** ESPN's header score against the sum of its own box score points. */
    private static void espnConsistency(RawGame game, Map<String, Integer> boxPoints, List<Anomaly> anomalies) {
        check(game.home().abbreviation(), game.homeScore(), boxPoints.get(game.home().id()), anomalies);
        check(game.away().abbreviation(), game.awayScore(), boxPoints.get(game.away().id()), anomalies);
    }

    private static void check(String team, Integer header, Integer box, List<Anomaly> anomalies) {
        if (header != null && box != null && !header.equals(box)) {
            anomalies.add(new Anomaly("espn_inconsistent", "ESPN's header gives " + team + " " + header
                    + " points, its own box score sums to " + box));
        }
    }
}
