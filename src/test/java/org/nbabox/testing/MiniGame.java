package org.nbabox.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.nbabox.espn.GameFileReader;
import org.nbabox.espn.RawGame;

/**
 * A small Format 1 game written in a test, for pinning one quirk at a time: home team "1" (H1..H7),
 * away team "2" (A1..A7), plays added in file order.
 */
public final class MiniGame {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ObjectNode root = JSON.createObjectNode();
    private final ArrayNode plays;
    private int seq;

    public MiniGame() {
        ObjectNode header = root.putObject("header");
        header.put("id", "999");
        header.putObject("season").put("year", 2024).put("type", 2);
        ArrayNode comps = header.putArray("competitions").addObject().putArray("competitors");
        comps.addObject().put("homeAway", "home").put("score", "0").putObject("team").put("id", "1").put("abbreviation", "HOM")
                .put("displayName", "Home Town Hawks");
        comps.addObject().put("homeAway", "away").put("score", "0").putObject("team").put("id", "2").put("abbreviation", "AWY")
                .put("displayName", "Away City Owls");
        ArrayNode players = root.putObject("boxscore").putArray("players");
        for (String team : new String[] {"1", "2"}) {
            ObjectNode t = players.addObject();
            t.putObject("team").put("id", team);
            ObjectNode stats = t.putArray("statistics").addObject();
            ArrayNode athletes = stats.putArray("athletes");
            for (int i = 1; i <= 7; i++) {
                String id = (team.equals("1") ? "H" : "A") + i;
                ObjectNode a = athletes.addObject();
                a.putObject("athlete").put("id", id).put("displayName", "Player " + id);
                a.put("starter", i <= 5);
                a.putArray("stats");
            }
        }
        plays = root.putArray("plays");
    }

    /** Adds a play; {@code participants} are athlete ids in role order. */
    public MiniGame play(int typeId, String text, int period, String clock, String team, int away, int home,
                         String... participants) {
        ObjectNode p = plays.addObject();
        p.put("id", "p" + (++seq));
        p.put("sequenceNumber", Integer.toString(seq));
        p.putObject("type").put("id", Integer.toString(typeId)).put("text", "t" + typeId);
        p.put("text", text);
        p.put("awayScore", away);
        p.put("homeScore", home);
        p.putObject("period").put("number", period);
        p.putObject("clock").put("displayValue", clock);
        p.put("scoringPlay", false);
        if (team != null) {
            p.putObject("team").put("id", team);
        }
        ArrayNode parts = p.putArray("participants");
        for (String id : participants) {
            parts.addObject().putObject("athlete").put("id", id);
        }
        p.putObject("coordinate").put("x", -214748340).put("y", -214748365);
        return this;
    }

    /** ESPN's {@code format} block: regulation periods and their length, overtime length (seconds). */
    public MiniGame format(int periods, int periodSeconds, int overtimeSeconds) {
        ObjectNode f = root.putObject("format");
        f.putObject("regulation").put("periods", periods).put("clock", (double) periodSeconds);
        f.putObject("overtime").put("clock", (double) overtimeSeconds);
        return this;
    }

    /** The last play added, to adjust fields. */
    public ObjectNode last() {
        return (ObjectNode) plays.get(plays.size() - 1);
    }

    public MiniGame duplicateLast() {
        plays.add(last().deepCopy());
        return this;
    }

    public RawGame read() {
        try {
            byte[] bytes = JSON.writeValueAsBytes(root);
            return new GameFileReader().read(new ByteArrayInputStream(bytes), "mini.json", GameFileReader.BoxScoreSource.NONE);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    public String json() {
        try {
            return JSON.writeValueAsString(root);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Ten starters acting at the start of period {@code period}, so starters are inferred for both teams. */
    public MiniGame everyoneActs(int period, String clock) {
        for (int i = 1; i <= 5; i++) {
            play(45, "Player A" + i + " personal foul", period, clock, "2", 0, 0, "A" + i);
            play(45, "Player H" + i + " personal foul", period, clock, "1", 0, 0, "H" + i);
        }
        return this;
    }
}
