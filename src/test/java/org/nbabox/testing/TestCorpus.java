package org.nbabox.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Folders of game files for job tests, made from the real sample games. */
public final class TestCorpus {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TestCorpus() {
    }

    /** The six sample games, copied. */
    public static Path samples(Path dir) {
        try {
            Files.createDirectories(dir);
            for (String id : SampleGames.ALL) {
                Files.copy(SampleGames.file(id), dir.resolve(id + ".json"));
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code copies} copies of each sample game, each with its own game id ({@code <id><k>}), so a
     * folder of distinct games can be as large as a test needs.
     */
    public static Path distinctGames(Path dir, int copies) {
        try {
            Files.createDirectories(dir);
            for (String id : SampleGames.ALL) {
                ObjectNode root = (ObjectNode) JSON.readTree(SampleGames.file(id).toFile());
                for (int k = 0; k < copies; k++) {
                    String newId = id + k;
                    ((ObjectNode) root.get("header")).put("id", newId);
                    JSON.writeValue(dir.resolve(newId + ".json").toFile(), root);
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
