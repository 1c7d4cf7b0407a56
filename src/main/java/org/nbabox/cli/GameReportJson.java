package org.nbabox.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.nbabox.process.GameReport;
import org.nbabox.replay.Anomaly;
import org.nbabox.verify.Discrepancy;
import org.nbabox.verify.Verification;

/** The JSON form of a {@link GameReport}, as {@code jobs/process-game --json} prints it. */
public final class GameReportJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GameReportJson() {
    }

    public static ObjectNode of(GameReport r) {
        ObjectNode o = JSON.createObjectNode();
        o.put("game_id", r.game().gameId());
        o.put("season", r.game().season());
        o.put("season_type", r.game().seasonType());
        o.put("source_format", r.game().sourceFormat());
        o.put("home_team", r.game().home().abbreviation());
        o.put("away_team", r.game().away().abbreviation());
        o.put("status", r.status().label());
        if (r.status() == GameReport.Status.NO_PLAY_BY_PLAY) {
            // the same keys as a processed game: nothing computed, nothing compared, not passed
            o.put("snapshots", 0);
            o.put("reason", "no play-by-play");
            o.putNull("home_score");
            o.putNull("away_score");
            putOrNull(o, "espn_home_score", r.game().homeScore());
            putOrNull(o, "espn_away_score", r.game().awayScore());
            o.putNull("final_score_match");
            o.putNull("linescores_match");
            o.put("box_score_available", r.game().boxScore() != null);
            o.put("players_compared", 0);
            o.put("cells_compared", 0);
            o.put("cells_matched", 0);
            o.putNull("cell_match_rate");
            o.put("plus_minus_compared", 0);
            o.put("plus_minus_matched", 0);
            o.put("minutes_compared", 0);
            o.put("minutes_within_one", 0);
            o.putNull("grade");
            o.put("passed", false);
            o.put("unknown_type_plays", 0);
            o.put("unclassified_plays", 0);
            o.putArray("discrepancies");
            ArrayNode as = o.putArray("anomalies");
            for (Anomaly a : r.anomalies()) {
                as.addObject().put("kind", a.kind()).put("detail", a.detail());
            }
            return o;
        }
        Verification v = r.verification();
        o.put("snapshots", r.replay().events());
        o.put("home_score", r.replay().homeScore());
        o.put("away_score", r.replay().awayScore());
        if (v.officialHome() != null) {
            o.put("espn_home_score", v.officialHome());
            o.put("espn_away_score", v.officialAway());
        }
        o.put("final_score_match", v.finalScoreMatch());
        o.put("linescores_match", v.linescoresMatch());
        o.put("box_score_available", v.boxScoreAvailable());
        o.put("players_compared", v.playersCompared());
        o.put("cells_compared", v.cellsCompared());
        o.put("cells_matched", v.cellsMatched());
        o.put("cell_match_rate", Math.round(v.cellMatchRate() * 10000) / 10000.0);
        o.put("plus_minus_compared", v.plusMinusCompared());
        o.put("plus_minus_matched", v.plusMinusMatched());
        o.put("minutes_compared", v.minutesCompared());
        o.put("minutes_within_one", v.minutesWithinOne());
        o.put("grade", v.grade().name());
        o.put("passed", v.passed());
        o.put("unknown_type_plays", r.replay().unknownTypes());
        o.put("unclassified_plays", r.replay().unclassified());
        ArrayNode ds = o.putArray("discrepancies");
        for (Discrepancy d : v.discrepancies()) {
            ObjectNode dn = ds.addObject();
            dn.put("player_id", d.playerId());
            dn.put("player_name", d.playerName());
            dn.put("stat", d.stat());
            dn.put("ours", d.ours());
            dn.put("espn", d.espn());
        }
        ArrayNode as = o.putArray("anomalies");
        for (Anomaly a : r.anomalies()) {
            as.addObject().put("kind", a.kind()).put("detail", a.detail());
        }
        return o;
    }

    private static void putOrNull(ObjectNode o, String field, Integer value) {
        if (value == null) {
            o.putNull(field);
        } else {
            o.put(field, value);
        }
    }
}
