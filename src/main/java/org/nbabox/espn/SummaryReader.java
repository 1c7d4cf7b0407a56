package org.nbabox.espn;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Format 1: ESPN's "summary" JSON ({@code header}, {@code format}, {@code boxscore}, {@code plays}). */
final class SummaryReader {

    private final String name;
    private JsonNode header;
    private JsonNode format;
    private JsonNode boxscore;
    private List<RawPlay> plays = List.of();

    SummaryReader(String name) {
        this.name = name;
    }

    /** The top-level fields of a summary file this reader uses. */
    static final java.util.Set<String> FIELDS = java.util.Set.of("header", "format", "boxscore", "plays");

    /** Reads from a parser positioned on a top-level field name (the fields before it are not summary fields). */
    RawGame read(JsonParser p) throws IOException, BadGameFileException {
        do {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "header" -> header = p.readValueAsTree();
                case "format" -> format = p.readValueAsTree();
                case "boxscore" -> boxscore = p.readValueAsTree();
                case "plays" -> plays = readPlays(p);
                default -> p.skipChildren();
            }
        } while (p.nextToken() == JsonToken.FIELD_NAME);
        if (p.currentToken() != JsonToken.END_OBJECT) {
            throw new BadGameFileException(BadGameFileException.Reason.MALFORMED_JSON, name + ": unexpected " + p.currentToken());
        }
        if (header == null) {
            throw new BadGameFileException(BadGameFileException.Reason.UNKNOWN_FORMAT,
                    name + ": neither an ESPN summary (no header) nor a game package (no page)");
        }
        return build();
    }

    private RawGame build() throws BadGameFileException {
        String gameId = JsonFields.text(header, "id");
        JsonNode comp = header.path("competitions").path(0);
        int season = JsonFields.integer(header, -1, "season", "year");
        if (gameId == null || season < 0) {
            throw new BadGameFileException(BadGameFileException.Reason.MISSING_FIELD,
                    name + ": header has no " + (gameId == null ? "id" : "season.year"));
        }
        int seasonType = JsonFields.integer(header, 2, "season", "type");
        TeamInfo home = null;
        TeamInfo away = null;
        Integer homeScore = null;
        Integer awayScore = null;
        int[] homeLines = new int[0];
        int[] awayLines = new int[0];
        for (JsonNode c : comp.path("competitors")) {
            JsonNode t = c.path("team");
            TeamInfo team = new TeamInfo(firstNonNull(JsonFields.text(t, "id"), JsonFields.text(c, "id")),
                    JsonFields.text(t, "abbreviation"), JsonFields.text(t, "displayName"));
            String scoreText = JsonFields.text(c, "score");
            Integer score = scoreText == null ? null : JsonFields.parseInt(scoreText, 0);
            int[] lines = linescores(c.path("linescores"));
            if ("home".equals(JsonFields.text(c, "homeAway"))) {
                home = team;
                homeScore = score;
                homeLines = lines;
            } else {
                away = team;
                awayScore = score;
                awayLines = lines;
            }
        }
        if (home == null || away == null || home.id() == null || away.id() == null) {
            throw new BadGameFileException(BadGameFileException.Reason.MISSING_FIELD, name + ": header lacks home/away teams");
        }
        PeriodRules rules = PeriodRules.NBA;
        if (format != null) {
            rules = new PeriodRules(JsonFields.integer(format, 4, "regulation", "periods"),
                    JsonFields.integer(format, 720, "regulation", "clock"),
                    JsonFields.integer(format, 300, "overtime", "clock"));
        }
        OfficialBoxScore box = boxscore == null ? null : BoxScoreParser.fromSummary(boxscore);
        return new RawGame(gameId, season, seasonType, JsonFields.text(comp, "date"), 1,
                JsonFields.text(comp, "playByPlaySource"), home, away, homeScore, awayScore, homeLines, awayLines,
                rules, plays, box, List.of());
    }

    private static int[] linescores(JsonNode arr) {
        int[] out = new int[arr.size()];
        for (int i = 0; i < out.length; i++) {
            JsonNode ls = arr.get(i);
            String v = JsonFields.text(ls, "displayValue");
            out[i] = JsonFields.parseInt(v != null ? v : JsonFields.text(ls, "value"), 0);
        }
        return out;
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }

    /** Streams the plays array, one small object at a time. */
    private static List<RawPlay> readPlays(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            p.skipChildren();
            return List.of();
        }
        List<RawPlay> out = new ArrayList<>(512);
        // a null entry holds no play: skipped, the plays after it are still read
        for (JsonToken t = p.nextToken(); t == JsonToken.START_OBJECT || t == JsonToken.VALUE_NULL; t = p.nextToken()) {
            if (t == JsonToken.START_OBJECT) {
                out.add(readPlay(p));
            }
        }
        return out;
    }

    private static RawPlay readPlay(JsonParser p) throws IOException {
        String id = null;
        int seq = -1;
        int typeId = RawPlay.NO_TYPE;
        String typeText = "";
        String text = "";
        int period = 0;
        String clock = null;
        int away = 0;
        int home = 0;
        Boolean scoring = null;
        int scoreValue = -1;
        Boolean shooting = null;
        String teamId = null;
        List<String> participants = List.of();
        RawPlay.Coordinate coordinate = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            switch (f) {
                case "id" -> id = JsonFields.text(p);
                case "sequenceNumber" -> seq = JsonFields.integer(p, -1);
                case "type" -> {
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String tf = p.currentName();
                        p.nextToken();
                        if ("id".equals(tf)) {
                            typeId = JsonFields.integer(p, RawPlay.NO_TYPE);
                        } else if ("text".equals(tf)) {
                            String s = JsonFields.text(p);
                            typeText = s == null ? "" : s;
                        } else {
                            p.skipChildren();
                        }
                    }
                }
                case "text" -> {
                    String s = JsonFields.text(p);
                    text = s == null ? "" : s;
                }
                case "awayScore" -> away = JsonFields.integer(p, 0);
                case "homeScore" -> home = JsonFields.integer(p, 0);
                case "period" -> period = readIntField(p, "number", 0);
                case "clock" -> clock = readTextField(p, "displayValue");
                case "scoringPlay" -> scoring = JsonFields.bool(p);
                case "scoreValue" -> scoreValue = JsonFields.integer(p, -1);
                case "shootingPlay" -> shooting = JsonFields.bool(p);
                case "team" -> teamId = readTextField(p, "id");
                case "participants" -> participants = readParticipants(p);
                case "coordinate" -> coordinate = readCoordinate(p);
                default -> p.skipChildren();
            }
        }
        return new RawPlay(id, seq, typeId, typeText, text, period, clock, away, home, scoring, scoreValue,
                shooting, teamId, participants, coordinate);
    }

    static int readIntField(JsonParser p, String name, int dflt) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            return JsonFields.integer(p, dflt);
        }
        int v = dflt;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            if (name.equals(f)) {
                v = JsonFields.integer(p, dflt);
            } else {
                p.skipChildren();
            }
        }
        return v;
    }

    static String readTextField(JsonParser p, String name) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            return JsonFields.text(p);
        }
        String v = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            if (name.equals(f)) {
                v = JsonFields.text(p);
            } else {
                p.skipChildren();
            }
        }
        return v;
    }

    static RawPlay.Coordinate readCoordinate(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return null;
        }
        int x = Integer.MIN_VALUE;
        int y = Integer.MIN_VALUE;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            if ("x".equals(f)) {
                x = JsonFields.integer(p, Integer.MIN_VALUE);
            } else if ("y".equals(f)) {
                y = JsonFields.integer(p, Integer.MIN_VALUE);
            } else {
                p.skipChildren();
            }
        }
        return RawPlay.Coordinate.of(x, y);
    }

    private static List<String> readParticipants(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            p.skipChildren();
            return List.of();
        }
        List<String> ids = new ArrayList<>(3);
        while (p.nextToken() == JsonToken.START_OBJECT) {
            String athlete = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                p.nextToken();
                if ("athlete".equals(f)) {
                    athlete = readTextField(p, "id");
                } else {
                    p.skipChildren();
                }
            }
            if (athlete != null) {
                ids.add(athlete);
            }
        }
        return ids;
    }
}
