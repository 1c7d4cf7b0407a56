package org.nbabox.espn;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns either shape of ESPN's box score into an {@link OfficialBoxScore}. */
final class BoxScoreParser {

    private static final Map<String, BoxColumn> KEYS = Map.ofEntries(
            Map.entry("minutes", BoxColumn.MIN),
            Map.entry("fieldGoalsMade-fieldGoalsAttempted", BoxColumn.FG),
            Map.entry("threePointFieldGoalsMade-threePointFieldGoalsAttempted", BoxColumn.THREE_PT),
            Map.entry("freeThrowsMade-freeThrowsAttempted", BoxColumn.FT),
            Map.entry("offensiveRebounds", BoxColumn.OREB),
            Map.entry("defensiveRebounds", BoxColumn.DREB),
            Map.entry("rebounds", BoxColumn.REB),
            Map.entry("assists", BoxColumn.AST),
            Map.entry("steals", BoxColumn.STL),
            Map.entry("blocks", BoxColumn.BLK),
            Map.entry("turnovers", BoxColumn.TO),
            Map.entry("fouls", BoxColumn.PF),
            Map.entry("plusMinus", BoxColumn.PLUS_MINUS),
            Map.entry("points", BoxColumn.PTS));

    private BoxScoreParser() {
    }

    /** Format 1: {@code boxscore.players[].statistics[0]} and {@code boxscore.teams[]}. */
    static OfficialBoxScore fromSummary(JsonNode boxscore) {
        List<OfficialPlayerLine> players = new ArrayList<>();
        for (JsonNode team : boxscore.path("players")) {
            String teamId = JsonFields.text(team, "team", "id");
            for (JsonNode group : team.path("statistics")) {
                BoxColumn[] columns = columns(group.path("keys"), group.path("labels"));
                for (JsonNode a : group.path("athletes")) {
                    JsonNode athlete = a.path("athlete");
                    players.add(new OfficialPlayerLine(JsonFields.text(athlete, "id"),
                            JsonFields.text(athlete, "displayName"), JsonFields.text(athlete, "shortName"), teamId,
                            a.path("starter").asBoolean(false), a.path("didNotPlay").asBoolean(false),
                            a.path("ejected").asBoolean(false), stats(a.path("stats"), columns)));
                }
            }
        }
        Map<String, Map<String, String>> totals = new LinkedHashMap<>();
        for (JsonNode team : boxscore.path("teams")) {
            totals.put(JsonFields.text(team, "team", "id"), namedStats(team.path("statistics")));
        }
        return new OfficialBoxScore(players.isEmpty() ? "team-only" : "summary", players, totals);
    }

    /** Format 2: {@code bxscr[]} with team-level {@code stats[]{name,displayValue}} or player groups. */
    static OfficialBoxScore fromGamePackage(JsonNode bxscr) {
        List<OfficialPlayerLine> players = new ArrayList<>();
        Map<String, Map<String, String>> totals = new LinkedHashMap<>();
        for (JsonNode team : bxscr) {
            String teamId = JsonFields.text(team, "tm", "id");
            Map<String, String> teamStats = new HashMap<>();
            for (JsonNode s : team.path("stats")) {
                if (s.has("athlts")) {
                    boolean starters = "starters".equalsIgnoreCase(JsonFields.text(s, "type"));
                    BoxColumn[] columns = columns(s.path("keys"), s.has("lbls") ? s.path("lbls") : s.path("labels"));
                    for (JsonNode a : s.path("athlts")) {
                        JsonNode athlete = a.path("athlt");
                        String name = JsonFields.text(athlete, "dspNm");
                        players.add(new OfficialPlayerLine(JsonFields.text(athlete, "id"), name,
                                JsonFields.text(athlete, "shrtNm"), teamId, starters, a.path("dnp").asBoolean(false),
                                a.path("ejctd").asBoolean(false), stats(a.path("stats"), columns)));
                    }
                } else if (s.has("name")) {
                    teamStats.put(JsonFields.text(s, "name"), JsonFields.text(s, "displayValue"));
                }
            }
            totals.put(teamId, teamStats);
        }
        return new OfficialBoxScore(players.isEmpty() ? "team-only" : "players", players, totals);
    }

    private static BoxColumn[] columns(JsonNode keys, JsonNode labels) {
        int n = Math.max(keys.size(), labels.size());
        BoxColumn[] out = new BoxColumn[n];
        for (int i = 0; i < n; i++) {
            BoxColumn c = keys.size() > i ? KEYS.get(keys.get(i).asText()) : null;
            if (c == null && labels.size() > i) {
                c = BoxColumn.ofLabel(labels.get(i).asText());
            }
            out[i] = c;
        }
        if (n == 0) {
            return BoxColumn.values();
        }
        return out;
    }

    private static String[] stats(JsonNode values, BoxColumn[] columns) {
        if (values.size() == 0) {
            return null;
        }
        String[] out = new String[BoxColumn.values().length];
        for (int i = 0; i < values.size() && i < columns.length; i++) {
            if (columns[i] != null) {
                out[columns[i].ordinal()] = values.get(i).asText();
            }
        }
        return out;
    }

    private static Map<String, String> namedStats(JsonNode stats) {
        Map<String, String> out = new HashMap<>();
        for (JsonNode s : stats) {
            out.put(JsonFields.text(s, "name"), JsonFields.text(s, "displayValue"));
        }
        return out;
    }
}
