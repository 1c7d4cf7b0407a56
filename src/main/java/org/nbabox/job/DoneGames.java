package org.nbabox.job;

import static org.apache.spark.sql.functions.col;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.nbabox.espn.GameFiles;
import org.nbabox.tables.Tables;

/**
 * What the tables already hold, read once per run on the driver (one small row per game): which file
 * each game came from, which game each file held, and which files were set aside as another file's
 * duplicate. It makes the batch job's choices the same from run to run: what is done, what a failing
 * file replaces, and which of two files of one game is kept.
 */
final class DoneGames {

    private final Map<String, String> fileByGame = new HashMap<>();
    private final Map<String, String> gameByStem = new HashMap<>();
    private final Set<String> duplicateStems = new HashSet<>();

    static DoneGames read(TableSink sink) {
        DoneGames d = new DoneGames();
        if (sink.exists(Tables.BOX_SCORE_VERIFICATION)) {
            for (Row r : sink.read(Tables.BOX_SCORE_VERIFICATION).select("game_id", "source_file").collectAsList()) {
                d.put(r.getString(0), r.getString(1));
            }
        }
        if (sink.exists(Tables.GAME_ERRORS)) {
            for (Row r : sink.read(Tables.GAME_ERRORS).filter(col("reason").equalTo(GameExploder.DUPLICATE_GAME))
                    .select("source_file").collectAsList()) {
                d.duplicateStems.add(GameFiles.stem(r.getString(0)));
            }
        }
        return d;
    }

    /**
     * A file is done when the game it held is in the tables, or when it was set aside as the duplicate
     * of a game kept from another file. By file name: the input may move between runs.
     */
    boolean isDone(String stem) {
        return gameByStem.containsKey(stem) || duplicateStems.contains(stem);
    }

    /** The game a file held when it was last processed, or null. */
    String gameOf(String stem) {
        return gameByStem.get(stem);
    }

    /** The file a game's rows came from, or null. */
    String fileOf(String gameId) {
        return fileByGame.get(gameId);
    }

    /** After a batch's commit: its files now hold what the batch found (nothing, for a file that failed). */
    void committed(List<GameFile> batch, List<String> gameIds, List<String> sourceFiles) {
        for (GameFile f : batch) {
            String game = gameByStem.remove(f.stem());
            if (game != null && f.stem().equals(stemOf(fileByGame.get(game)))) {
                fileByGame.remove(game);
            }
            duplicateStems.remove(f.stem());
        }
        for (int i = 0; i < gameIds.size(); i++) {
            String previous = fileByGame.get(gameIds.get(i));
            if (previous != null) {
                gameByStem.remove(GameFiles.stem(previous)); // its rows were replaced by this file's
            }
            put(gameIds.get(i), sourceFiles.get(i));
        }
    }

    void duplicate(String file) {
        duplicateStems.add(GameFiles.stem(file));
    }

    private void put(String gameId, String file) {
        fileByGame.put(gameId, file);
        gameByStem.put(GameFiles.stem(file), gameId);
    }

    private static String stemOf(String file) {
        return file == null ? null : GameFiles.stem(file);
    }
}
