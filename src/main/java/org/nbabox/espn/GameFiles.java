package org.nbabox.espn;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Cheap facts about a game file without reading it whole: the game id from its name, the season
 * from an old-style id, or the season from a small streaming read of the header.
 */
public final class GameFiles {

    private GameFiles() {
    }

    /** True for names of game files: {@code .json} or {@code .json.gz}. */
    public static boolean isGameFile(String name) {
        return name.endsWith(".json") || name.endsWith(".json.gz");
    }

    /** The file name without folders and without {@code .json}/{@code .json.gz}. */
    public static String stem(String path) {
        String s = path.substring(path.lastIndexOf('/') + 1);
        if (s.endsWith(".gz")) {
            s = s.substring(0, s.length() - 3);
        }
        return s.endsWith(".json") ? s.substring(0, s.length() - 5) : s;
    }

    /**
     * The season of an old-style game id {@code YYMMDD0TT} (year = 1980 + YY, the US date of the
     * game), or null for ids that do not carry a date (the {@code 401...} ids from 2018 on).
     */
    public static Integer seasonFromId(String gameId) {
        if (gameId == null || gameId.length() != 9 || gameId.startsWith("4") || !gameId.chars().allMatch(Character::isDigit)) {
            return null;
        }
        int yy = Integer.parseInt(gameId.substring(0, 2));
        int mm = Integer.parseInt(gameId.substring(2, 4));
        int dd = Integer.parseInt(gameId.substring(4, 6));
        try {
            LocalDate d = LocalDate.of(1980 + yy, mm, dd);
            return GamePackageReader.seasonOfDate(d.toString());
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * Reads only as far as the season: {@code header.season.year} (Format 1) or the game strip's
     * season or date (Format 2). Everything else is skipped token by token. Null when not found.
     */
    public static Integer probeSeason(InputStream raw) throws IOException {
        try (JsonParser p = GameFileReader.MAPPER.getFactory().createParser(GameFileReader.decompressed(raw))) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                p.nextToken();
                if ("header".equals(f)) {
                    return headerSeason(p);
                }
                if ("page".equals(f)) {
                    return gamePackageSeason(p);
                }
                p.skipChildren();
            }
            return null;
        } catch (com.fasterxml.jackson.core.JsonProcessingException | DateTimeException e) {
            return null;
        }
    }

    private static Integer gamePackageSeason(JsonParser p) throws IOException {
        if (!GamePackageReader.descend(p, "content") || !GamePackageReader.descend(p, "gamepackage")) {
            return null;
        }
        String date = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            if ("gmStrp".equals(f)) {
                com.fasterxml.jackson.databind.JsonNode strip = GameFileReader.MAPPER.<com.fasterxml.jackson.databind.JsonNode>readTree(p);
                for (String k : new String[] {"seasonYear", "season"}) {
                    com.fasterxml.jackson.databind.JsonNode n = strip.path(k);
                    int v = n.isObject() ? n.path("year").asInt(-1) : n.asInt(-1);
                    if (v > 0) {
                        return v;
                    }
                }
            } else if ("gmInfo".equals(f)) {
                date = GameFileReader.MAPPER.<com.fasterxml.jackson.databind.JsonNode>readTree(p).path("dtTm").asText(null);
            } else {
                p.skipChildren();
            }
        }
        return date == null ? null : GamePackageReader.seasonOfDate(date);
    }

    private static Integer headerSeason(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            return null;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            if ("season".equals(f) && p.currentToken() == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String sf = p.currentName();
                    p.nextToken();
                    if ("year".equals(sf)) {
                        int y = JsonFields.integer(p, -1);
                        return y > 0 ? y : null;
                    }
                    p.skipChildren();
                }
                return null;
            }
            p.skipChildren();
        }
        return null;
    }
}
