package org.nbabox.espn;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Format 2: the game-package page JSON ({@code page.content.gamepackage}), box score in a second file.
 * Plays carry no type, no participants and no sequence number; shot type and location are joined
 * from {@code shtChrt.plays} by play id.
 */
final class GamePackageReader {

    private final String name;
    private final GameFileReader.BoxScoreSource boxScoreSource;
    private final List<PlayBuilder> plays = new ArrayList<>(512);
    private JsonNode teams;
    private JsonNode shotChart;
    private JsonNode gameInfo;
    private JsonNode gameStrip;
    private JsonNode inlineBox;
    private String gameIdField;

    GamePackageReader(String name, GameFileReader.BoxScoreSource boxScoreSource) {
        this.name = name;
        this.boxScoreSource = boxScoreSource;
    }

    /** Reads from a parser positioned on the top-level field name {@code page}. */
    RawGame read(JsonParser p) throws IOException, BadGameFileException {
        p.nextToken();
        if (!descend(p, "content") || !descend(p, "gamepackage")) {
            throw new BadGameFileException(BadGameFileException.Reason.UNKNOWN_FORMAT,
                    name + ": page without content.gamepackage");
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            switch (f) {
                case "pbp" -> readPbp(p);
                case "shtChrt" -> shotChart = p.readValueAsTree();
                case "gmInfo" -> gameInfo = p.readValueAsTree();
                case "gmStrp" -> gameStrip = p.readValueAsTree();
                case "bxscr" -> inlineBox = p.readValueAsTree();
                case "gameId", "gid" -> gameIdField = JsonFields.text(p);
                default -> p.skipChildren();
            }
        }
        if (teams == null) {
            throw new BadGameFileException(BadGameFileException.Reason.MISSING_FIELD, name + ": gamepackage has no pbp.tms");
        }
        return build();
    }

    /** Moves into the object value of {@code field} of the current object, skipping its siblings before it. */
    static boolean descend(JsonParser p, String field) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            return false;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            if (field.equals(f)) {
                return p.currentToken() == JsonToken.START_OBJECT;
            }
            p.skipChildren();
        }
        return false;
    }

    private void readPbp(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            if ("playGrps".equals(f) && p.currentToken() == JsonToken.START_ARRAY) {
                while (p.nextToken() == JsonToken.START_ARRAY) {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        plays.add(readPlay(p));
                    }
                }
            } else if ("tms".equals(f)) {
                teams = p.readValueAsTree();
            } else {
                p.skipChildren();
            }
        }
    }

    private static PlayBuilder readPlay(JsonParser p) throws IOException {
        PlayBuilder b = new PlayBuilder();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            switch (f) {
                case "id" -> b.id = JsonFields.text(p);
                case "period" -> b.period = SummaryReader.readIntField(p, "number", 0);
                case "text" -> {
                    String s = JsonFields.text(p);
                    b.text = s == null ? "" : s;
                }
                case "homeAway" -> b.homeAway = JsonFields.text(p);
                case "awayScore" -> b.away = JsonFields.integer(p, 0);
                case "homeScore" -> b.home = JsonFields.integer(p, 0);
                case "clock" -> b.clock = SummaryReader.readTextField(p, "displayValue");
                case "scoringPlay" -> b.scoring = JsonFields.bool(p);
                case "athlete" -> readAthlete(p, b);
                default -> p.skipChildren();
            }
        }
        return b;
    }

    private static void readAthlete(JsonParser p, PlayBuilder b) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            if ("id".equals(f)) {
                b.athleteId = JsonFields.text(p);
            } else if ("name".equals(f) || "dspNm".equals(f)) {
                b.athleteName = JsonFields.text(p);
            } else {
                p.skipChildren();
            }
        }
    }

    private RawGame build() throws BadGameFileException, IOException {
        TeamInfo home = team(teams.path("home"));
        TeamInfo away = team(teams.path("away"));
        if (home.id() == null || away.id() == null) {
            throw new BadGameFileException(BadGameFileException.Reason.MISSING_FIELD, name + ": pbp.tms lacks team ids");
        }
        Map<String, JsonNode> shots = new HashMap<>();
        if (shotChart != null) {
            for (JsonNode s : shotChart.path("plays")) {
                shots.put(JsonFields.text(s, "id"), s);
            }
        }
        List<RawPlay> out = new ArrayList<>(plays.size());
        Map<String, Athlete> athletes = new java.util.LinkedHashMap<>();
        for (PlayBuilder b : plays) {
            RawPlay play = b.build(home.id(), away.id(), shots.get(b.id));
            out.add(play);
            if (b.athleteId != null && b.athleteName != null && play.teamId() != null) {
                athletes.putIfAbsent(b.athleteId, new Athlete(b.athleteId, b.athleteName, play.teamId()));
            }
        }
        String date = gameInfo == null ? null : JsonFields.text(gameInfo, "dtTm");
        String gameId = firstNonNull(gameIdField, strip("gid"), strip("id"), stem(name));
        int season = season(date);
        if (season < 0) {
            throw new BadGameFileException(BadGameFileException.Reason.MISSING_FIELD, name + ": no season and no date");
        }
        int seasonType = gameStrip == null ? 2 : JsonFields.integer(gameStrip, 2, "seasonType");
        OfficialBoxScore box = inlineBox != null ? BoxScoreParser.fromGamePackage(inlineBox) : readBoxScoreFile();
        Integer homeScore = null;
        Integer awayScore = null;
        int[] homeLines = new int[0];
        int[] awayLines = new int[0];
        if (gameStrip != null) {
            for (JsonNode t : gameStrip.path("tms")) {
                boolean isHome = t.path("isHome").asBoolean("home".equals(JsonFields.text(t, "homeAway")));
                String score = JsonFields.text(t, "score");
                int[] lines = new int[t.path("linescores").size()];
                for (int i = 0; i < lines.length; i++) {
                    JsonNode ls = t.path("linescores").get(i);
                    lines[i] = JsonFields.parseInt(ls.isValueNode() ? ls.asText() : JsonFields.text(ls, "displayValue"), 0);
                }
                if (isHome) {
                    homeScore = score == null ? null : JsonFields.parseInt(score, 0);
                    homeLines = lines;
                } else {
                    awayScore = score == null ? null : JsonFields.parseInt(score, 0);
                    awayLines = lines;
                }
            }
        }
        return new RawGame(gameId, season, seasonType, date, 2, out.isEmpty() ? "none" : "full", home, away,
                homeScore, awayScore, homeLines, awayLines, PeriodRules.NBA, out, box,
                List.copyOf(athletes.values()));
    }

    private OfficialBoxScore readBoxScoreFile() throws IOException, BadGameFileException {
        try (InputStream raw = boxScoreSource.open()) {
            if (raw == null) {
                return null;
            }
            JsonNode root = GameFileReader.MAPPER.readTree(GameFileReader.decompressed(raw));
            JsonNode bxscr = root == null ? null : JsonFields.at(root, "page", "content", "gamepackage", "bxscr");
            if (bxscr == null || !bxscr.isArray()) {
                throw new BadGameFileException(BadGameFileException.Reason.UNKNOWN_FORMAT,
                        name + ": box score file has no page.content.gamepackage.bxscr");
            }
            return BoxScoreParser.fromGamePackage(bxscr);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new BadGameFileException(BadGameFileException.Reason.MALFORMED_JSON,
                    name + ": box score file: " + e.getOriginalMessage(), e);
        }
    }

    private int season(String date) {
        if (gameStrip != null) {
            for (String f : new String[] {"seasonYear", "season"}) {
                JsonNode n = gameStrip.get(f);
                if (n != null) {
                    int v = n.isObject() ? JsonFields.integer(n, -1, "year") : JsonFields.parseInt(n.asText(), -1);
                    if (v > 0) {
                        return v;
                    }
                }
            }
        }
        return date == null ? -1 : seasonOfDate(date);
    }

    private static final LocalDate BUBBLE_FINALS_LAST_GAME = LocalDate.of(2020, 10, 11);
    /** Preseason games have started as early as late September (28 Sep 2018). */
    private static final int PRESEASON_FIRST_SEPTEMBER_DAY = 20;

    /**
     * Season (end year) of a US game date when the file names none: games from late September to
     * December (preseason included) belong to the season ending the next year, except the 2020 bubble's
     * last playoff games (to 11 Oct 2020), which ended the 2019-20 season.
     */
    static int seasonOfDate(String isoDate) {
        LocalDate d = LocalDate.parse(isoDate.substring(0, 10));
        boolean fall = d.getMonthValue() >= 10 || (d.getMonthValue() == 9 && d.getDayOfMonth() >= PRESEASON_FIRST_SEPTEMBER_DAY);
        boolean nextSeason = fall && (d.getYear() != BUBBLE_FINALS_LAST_GAME.getYear() || d.isAfter(BUBBLE_FINALS_LAST_GAME));
        return nextSeason ? d.getYear() + 1 : d.getYear();
    }

    private String strip(String field) {
        return gameStrip == null ? null : JsonFields.text(gameStrip, field);
    }

    private static TeamInfo team(JsonNode t) {
        return new TeamInfo(JsonFields.text(t, "id"), firstNonNull(JsonFields.text(t, "abbrev"), JsonFields.text(t, "abbreviation")),
                JsonFields.text(t, "displayName"));
    }

    private static String stem(String fileName) {
        String s = fileName.substring(fileName.lastIndexOf('/') + 1);
        int dot = s.indexOf('.');
        return dot < 0 ? s : s.substring(0, dot);
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** A Format 2 play while the shot chart may still be unread. */
    private static final class PlayBuilder {
        String id;
        int period;
        String text = "";
        String homeAway;
        int away;
        int home;
        String clock;
        Boolean scoring;
        String athleteId;
        String athleteName;

        RawPlay build(String homeId, String awayId, JsonNode shot) {
            String teamId = "home".equals(homeAway) ? homeId : "away".equals(homeAway) ? awayId : null;
            int typeId = RawPlay.NO_TYPE;
            String typeText = "";
            RawPlay.Coordinate coordinate = null;
            Boolean shooting = null;
            if (shot != null) {
                typeId = JsonFields.integer(shot, RawPlay.NO_TYPE, "type", "id");
                String txt = JsonFields.text(shot, "type", "txt");
                typeText = txt == null ? "" : txt;
                JsonNode c = shot.path("coordinate");
                if (c.has("x") && c.has("y")) {
                    coordinate = RawPlay.Coordinate.of(c.path("x").asInt(), c.path("y").asInt());
                }
                shooting = shot.has("shootingPlay") ? shot.path("shootingPlay").asBoolean() : Boolean.TRUE;
                if (scoring == null && shot.has("scoringPlay")) {
                    scoring = shot.path("scoringPlay").asBoolean();
                }
            }
            List<String> participants = athleteId == null ? List.of() : List.of(athleteId);
            return new RawPlay(id, -1, typeId, typeText, text, period, clock, away, home,
                    scoring == null ? Boolean.FALSE : scoring, -1, shooting, teamId, participants, coordinate);
        }
    }
}
