package org.nbabox.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders a real Format 1 game into Format 2 shape, as ESPN's game-package pages hold it: no type
 * ids, no participants (only the main athlete), plays grouped by period, shots in a shot chart, the
 * box score in a second file with per-player groups. Used to prove the text path.
 */
public final class Format2Converter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Format2Converter() {
    }

    /** Writes {@code pbp} and {@code box} files for the Format 1 file {@code source}. */
    public static void convert(Path source, Path pbpOut, Path boxOut) throws IOException {
        JsonNode f1 = JSON.readTree(source.toFile());
        JsonNode header = f1.path("header");
        JsonNode comp = header.path("competitions").path(0);
        String homeId = null;
        Map<String, String> names = new HashMap<>();
        for (JsonNode team : f1.path("boxscore").path("players")) {
            for (JsonNode a : team.path("statistics").path(0).path("athletes")) {
                names.put(a.path("athlete").path("id").asText(), a.path("athlete").path("displayName").asText());
            }
        }
        ObjectNode root = JSON.createObjectNode();
        ObjectNode gp = root.putObject("page").putObject("content").putObject("gamepackage");
        gp.putObject("news").put("headline", "filler that a reader must skip");
        ObjectNode strip = gp.putObject("gmStrp");
        strip.put("gid", header.path("id").asText());
        strip.put("seasonType", header.path("season").path("type").asInt());
        strip.put("season", header.path("season").path("year").asInt());
        ArrayNode stripTeams = strip.putArray("tms");
        ObjectNode tms = JSON.createObjectNode();
        for (JsonNode c : comp.path("competitors")) {
            boolean home = "home".equals(c.path("homeAway").asText());
            if (home) {
                homeId = c.path("team").path("id").asText();
            }
            ObjectNode t = tms.putObject(home ? "home" : "away");
            t.put("id", c.path("team").path("id").asText());
            t.put("displayName", c.path("team").path("displayName").asText());
            t.put("abbrev", c.path("team").path("abbreviation").asText());
            ObjectNode st = stripTeams.addObject();
            st.put("id", c.path("team").path("id").asText());
            st.put("isHome", home);
            st.put("score", c.path("score").asText());
            ArrayNode ls = st.putArray("linescores");
            c.path("linescores").forEach(l -> ls.addObject().put("displayValue", l.path("displayValue").asText()));
        }
        gp.putObject("gmInfo").put("dtTm", comp.path("date").asText());
        ObjectNode pbp = gp.putObject("pbp");
        pbp.set("tms", tms);
        ArrayNode groups = pbp.putArray("playGrps");
        ArrayNode shots = gp.putObject("shtChrt").putArray("plays");
        int period = 0;
        ArrayNode group = null;
        for (JsonNode p : f1.path("plays")) {
            int pp = p.path("period").path("number").asInt();
            if (group == null || pp != period) {
                group = groups.addArray();
                period = pp;
            }
            ObjectNode q = group.addObject();
            q.put("id", p.path("id").asText());
            q.set("period", p.path("period"));
            q.put("text", p.path("text").asText());
            String teamId = p.path("team").path("id").asText(null);
            String homeAway = teamId == null ? null : teamId.equals(homeId) ? "home" : "away";
            if (homeAway != null) {
                q.put("homeAway", homeAway);
            }
            q.put("awayScore", p.path("awayScore").asInt());
            q.put("homeScore", p.path("homeScore").asInt());
            q.set("clock", p.path("clock"));
            if (p.path("scoringPlay").asBoolean()) {
                q.put("scoringPlay", true);
            }
            JsonNode first = p.path("participants").path(0).path("athlete").path("id");
            if (!first.isMissingNode()) {
                q.putObject("athlete").put("id", first.asText()).put("name", names.getOrDefault(first.asText(), first.asText()));
            }
            boolean freeThrow = p.path("text").asText().toLowerCase().contains("free throw");
            if (p.path("shootingPlay").asBoolean() && !freeThrow) {
                ObjectNode s = shots.addObject();
                s.put("id", p.path("id").asText());
                if (homeAway != null) {
                    s.put("homeAway", homeAway);
                }
                s.put("scoringPlay", p.path("scoringPlay").asBoolean());
                s.set("athlete", q.path("athlete"));
                s.set("coordinate", p.path("coordinate"));
                s.put("shootingPlay", true);
                s.putObject("type").put("id", p.path("type").path("id").asText()).put("txt", p.path("type").path("text").asText());
            }
        }
        gp.putObject("videos").putArray("items").addObject().put("title", "more filler");
        JSON.writeValue(pbpOut.toFile(), root);
        JSON.writeValue(boxOut.toFile(), box(f1));
    }

    private static ObjectNode box(JsonNode f1) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode bxscr = root.putObject("page").putObject("content").putObject("gamepackage").putArray("bxscr");
        for (JsonNode team : f1.path("boxscore").path("players")) {
            ObjectNode t = bxscr.addObject();
            t.putObject("tm").put("id", team.path("team").path("id").asText())
                    .put("displayName", team.path("team").path("displayName").asText())
                    .put("abbreviation", team.path("team").path("abbreviation").asText());
            ArrayNode stats = t.putArray("stats");
            JsonNode group = team.path("statistics").path(0);
            for (boolean starters : new boolean[] {true, false}) {
                ObjectNode g = stats.addObject();
                g.put("type", starters ? "starters" : "bench");
                g.set("keys", group.path("keys"));
                g.set("lbls", group.path("labels"));
                ArrayNode athletes = g.putArray("athlts");
                for (JsonNode a : group.path("athletes")) {
                    if (a.path("starter").asBoolean() == starters) {
                        ObjectNode o = athletes.addObject();
                        o.putObject("athlt").put("id", a.path("athlete").path("id").asText())
                                .put("dspNm", a.path("athlete").path("displayName").asText());
                        o.set("stats", a.path("stats"));
                    }
                }
            }
        }
        return root;
    }
}
