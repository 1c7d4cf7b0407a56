package org.nbabox.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nbabox.testing.SampleGames;

class ProcessGameCommandTest {

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true));
            System.setErr(new PrintStream(err, true));
            int code = ProcessGameCommand.run(args);
            return new Run(code, out.toString(), err.toString());
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void jsonHasTheDocumentedFields() throws Exception {
        Run r = run(SampleGames.file("401070702").toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        for (String f : new String[] {"game_id", "season", "snapshots", "home_score", "away_score", "final_score_match",
                "linescores_match", "cells_compared", "cells_matched", "grade", "passed", "discrepancies", "anomalies"}) {
            assertTrue(j.has(f), f);
        }
        assertEquals("401070702", j.get("game_id").asText());
        assertEquals(547, j.get("snapshots").asInt());
        assertEquals(112, j.get("home_score").asInt());
        JsonNode d = j.get("discrepancies").get(0);
        for (String f : new String[] {"player_id", "player_name", "stat", "ours", "espn"}) {
            assertTrue(d.has(f), f);
        }
        assertTrue(j.get("anomalies").get(0).has("kind"));
    }

    @Test
    void atPrintsTheStateAtAMoment() throws Exception {
        Run r = run(SampleGames.file("401736813").toString(), "--at", "end of Q1", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals(33, j.get("home_score").asInt());
        assertEquals(21, j.get("away_score").asInt());
        assertEquals(5, j.get("home_on_court").size());
        assertTrue(j.get("players").get(0).has("plus_minus"));
        // on court: player ids, and their names in the same order
        java.util.Map<String, String> names = new java.util.HashMap<>();
        j.get("players").forEach(p -> names.put(p.get("player_id").asText(), p.get("player_name").asText()));
        for (String side : new String[] {"home", "away"}) {
            JsonNode ids = j.get(side + "_on_court");
            JsonNode shown = j.get(side + "_on_court_names");
            assertEquals(ids.size(), shown.size());
            for (int i = 0; i < ids.size(); i++) {
                assertEquals(names.get(ids.get(i).asText()), shown.get(i).asText());
            }
        }
        Run table = run(SampleGames.file("401736813").toString(), "--at", "3rd 7:32");
        assertEquals(0, table.code(), table.err());
        assertTrue(table.out().contains("On court"), table.out());
    }

    @Test
    void badArgumentsExitTwoAndBadDataExitThreeWithoutStackTrace(@TempDir Path tmp) throws Exception {
        Run missing = run(tmp.resolve("nope.json").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no such file"));
        assertEquals(2, run("--bogus").code());
        assertEquals(2, run(SampleGames.file("401736813").toString(), "--at", "Q9 99:99").code());
        Path truncated = tmp.resolve("t.json");
        Files.writeString(truncated, "{\"header\": {\"id\": ");
        Run bad = run(truncated.toString());
        assertEquals(3, bad.code());
        assertTrue(bad.err().contains("truncated"), bad.err());
        assertFalse(bad.err().contains("\tat "), "no stack trace");
    }
}
