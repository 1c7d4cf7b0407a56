package org.nbabox.espn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nbabox.testing.SampleGames;

class GameFileReaderTest {

    private final GameFileReader reader = new GameFileReader();

    private BadGameFileException.Reason reasonOf(String content) {
        return assertThrows(BadGameFileException.class, () -> reader.read(
                new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), "x.json",
                GameFileReader.BoxScoreSource.NONE)).reason();
    }

    @Test
    void readsHeaderFactsFromTheFileNotTheId() {
        RawGame g = SampleGames.read("401070730");
        assertEquals("401070730", g.gameId());
        assertEquals(2019, g.season());
        assertEquals(2, g.seasonType());
        assertEquals("DET", g.home().abbreviation());
        assertEquals(133, g.homeScore());
        assertEquals(5, g.homeLinescores().length, "overtime linescore included");
        assertEquals(553, g.plays().size());
        assertEquals(3, SampleGames.read("280605002").seasonType(), "playoffs");
    }

    @Test
    void keepsArrayOrderNotSequenceOrder() {
        RawGame g = SampleGames.read("401070730");
        boolean sequenceGoesDown = false;
        for (int i = 1; i < g.plays().size(); i++) {
            sequenceGoesDown |= g.plays().get(i).sequence() < g.plays().get(i - 1).sequence();
        }
        assertTrue(sequenceGoesDown, "the array is not in sequence order, and is kept as it is");
    }

    @Test
    void sentinelAndZeroCoordinatesMeanNoLocation() {
        assertNull(RawPlay.Coordinate.of(-214748340, -214748365));
        assertNull(RawPlay.Coordinate.of(0, 0));
        assertEquals(24.0, RawPlay.Coordinate.of(1, 0).distanceFeet());
    }

    @Test
    void boxScoreRowsAllDashesHaveNoStats() {
        RawGame g = SampleGames.read("291225013");
        OfficialPlayerLine jackson = g.boxScore().players().stream()
                .filter(p -> "Darnell Jackson".equals(p.displayName())).findFirst().orElseThrow();
        assertTrue(!jackson.hasStats());
    }

    @Test
    void readsGzipByMagicBytes(@TempDir Path tmp) throws Exception {
        Path gz = tmp.resolve("401736813.json.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(SampleGames.file("401736813"), out);
        }
        assertEquals(459, reader.read(gz, null).plays().size());
    }

    @Test
    void badFilesHaveReasons() {
        assertEquals(BadGameFileException.Reason.EMPTY_FILE, reasonOf(""));
        assertEquals(BadGameFileException.Reason.EMPTY_FILE, reasonOf("   \n"));
        assertEquals(BadGameFileException.Reason.TRUNCATED, reasonOf("{\"header\": {\"id\": \"1\", \"season\": {"));
        assertEquals(BadGameFileException.Reason.MALFORMED_JSON, reasonOf("{\"header\": nope}"));
        assertEquals(BadGameFileException.Reason.UNKNOWN_FORMAT, reasonOf("[1, 2, 3]"));
        assertEquals(BadGameFileException.Reason.UNKNOWN_FORMAT, reasonOf("{\"something\": {\"else\": 1}}"));
        assertEquals(BadGameFileException.Reason.MISSING_FIELD, reasonOf("{\"header\": {\"season\": {\"year\": 2020}}}"));
    }

    @Test
    void truncatedRealFileIsTruncated() throws Exception {
        byte[] all = Files.readAllBytes(SampleGames.file("401736813"));
        String half = new String(all, 0, all.length / 2, StandardCharsets.UTF_8);
        assertEquals(BadGameFileException.Reason.TRUNCATED, reasonOf(half));
    }

    @Test
    void gameWithoutPlayByPlayReadsWithEmptyPlays() {
        String json = "{\"header\":{\"id\":\"11\",\"season\":{\"year\":1999,\"type\":2},\"competitions\":[{\"playByPlaySource\":\"none\","
                + "\"competitors\":[{\"homeAway\":\"home\",\"score\":\"90\",\"team\":{\"id\":\"1\"}},{\"homeAway\":\"away\",\"score\":\"80\",\"team\":{\"id\":\"2\"}}]}]},"
                + "\"plays\":[]}";
        RawGame g = assertDoesNotThrow(json);
        assertEquals("none", g.playByPlaySource());
        assertTrue(!g.hasPlayByPlay());
        assertEquals(org.nbabox.process.GameReport.Status.NO_PLAY_BY_PLAY,
                org.nbabox.process.GameProcessor.process(g, s -> { }).status());
    }

    private RawGame assertDoesNotThrow(String json) {
        try {
            return reader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "x.json",
                    GameFileReader.BoxScoreSource.NONE);
        } catch (BadGameFileException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aDateGivesTheSeasonWhenTheFileNamesNone() {
        assertEquals(2019, GamePackageReader.seasonOfDate("2018-09-28T23:00Z"), "preseason in late September");
        assertEquals(2020, GamePackageReader.seasonOfDate("2019-10-05T23:00Z"));
        assertEquals(2020, GamePackageReader.seasonOfDate("2019-12-25T23:00Z"));
        assertEquals(2019, GamePackageReader.seasonOfDate("2019-06-13T01:00Z"));
        assertEquals(2020, GamePackageReader.seasonOfDate("2020-10-11T23:30Z"), "the bubble's last Finals game");
        assertEquals(2021, GamePackageReader.seasonOfDate("2020-12-22T23:00Z"));
    }
}
