package org.nbabox.job;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.JavaSparkContext;
import org.nbabox.espn.GameFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lists the raw game files under an input (local folder or s3a:// prefix) and selects the ones a run
 * asks for. Seasons come from old-style game ids in file names; the rest are found by a small read
 * of each file's header, in parallel on the executors, never by parsing whole files in the driver.
 */
final class InputCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(InputCatalog.class);

    private InputCatalog() {
    }

    /** Every game file under {@code input}, sorted by path; one per game id (.json preferred over .json.gz). */
    static List<GameFile> list(String input, Configuration conf) throws IOException {
        Path root = new Path(input);
        FileSystem fs = root.getFileSystem(conf);
        if (!fs.exists(root)) {
            throw new IOException("input " + input + " does not exist");
        }
        Map<String, GameFile> byStem = new LinkedHashMap<>();
        int duplicates = 0;
        for (FileStatus st : walk(fs, root)) {
            String name = st.getPath().getName();
            if (!GameFiles.isGameFile(name) || name.startsWith(".") || name.startsWith("_")) {
                continue;
            }
            String stem = GameFiles.stem(name);
            GameFile f = new GameFile(st.getPath().toString(), stem, GameFiles.seasonFromId(stem), st.getLen());
            GameFile before = byStem.putIfAbsent(stem, f);
            if (before != null) {
                duplicates++;
                if (name.endsWith(".json") && before.path().endsWith(".gz")) {
                    byStem.put(stem, f);
                }
            }
        }
        if (duplicates > 0) {
            LOG.warn("{} file(s) repeat a game id already listed (e.g. both .json and .json.gz); one file per game is used",
                    duplicates);
        }
        List<GameFile> out = new ArrayList<>(byStem.values());
        out.sort(Comparator.comparing(GameFile::path));
        return out;
    }

    /**
     * Every file under {@code root}. Object stores (s3a) get one flat recursive listing; a local disk
     * is walked with {@code listStatusIterator}, because there {@code listFiles} builds a
     * LocatedFileStatus per file whose permissions Hadoop reads by forking a shell (9 ms a file:
     * 90 s before the first game of a 10,000-game run).
     */
    static List<FileStatus> walk(FileSystem fs, Path root) throws IOException {
        List<FileStatus> out = new ArrayList<>();
        if (!"file".equals(fs.getScheme())) {
            RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
            while (it.hasNext()) {
                out.add(it.next());
            }
            return out;
        }
        java.util.ArrayDeque<Path> dirs = new java.util.ArrayDeque<>();
        FileStatus top = fs.getFileStatus(root);
        if (top.isFile()) {
            out.add(top);
            return out;
        }
        dirs.push(root);
        while (!dirs.isEmpty()) {
            RemoteIterator<FileStatus> it = fs.listStatusIterator(dirs.pop());
            while (it.hasNext()) {
                FileStatus st = it.next();
                if (st.isDirectory()) {
                    dirs.push(st.getPath());
                } else {
                    out.add(st);
                }
            }
        }
        return out;
    }

    /** Applies --game-ids, the season range (probing seasons not known from names) and --limit. */
    static List<GameFile> select(List<GameFile> files, JobOptions o, JavaSparkContext jsc, Map<String, String> hadoopConf) {
        List<GameFile> out = files;
        if (o.gameIds != null && !o.gameIds.isEmpty()) {
            Set<String> wanted = new HashSet<>(o.gameIds);
            out = out.stream().filter(f -> wanted.contains(f.stem())).toList();
            if (out.size() < wanted.size()) {
                Set<String> found = new HashSet<>();
                out.forEach(f -> found.add(f.stem()));
                List<String> missing = o.gameIds.stream().filter(id -> !found.contains(id)).toList();
                LOG.warn("{} of the {} requested game ids have no file under the input: {}", missing.size(), wanted.size(),
                        missing.size() > 10 ? missing.subList(0, 10) + " ..." : missing);
            }
        }
        if (o.hasSeasonFilter()) {
            List<GameFile> unknown = out.stream().filter(f -> f.season() == null).toList();
            Map<String, Integer> probed = new LinkedHashMap<>();
            if (!unknown.isEmpty()) {
                jsc.setJobDescription("Read the season of " + unknown.size() + " files from their headers");
                List<String> paths = unknown.stream().map(GameFile::path).toList();
                int slices = Math.max(1, Math.min(paths.size(), jsc.defaultParallelism() * 4));
                List<String[]> seasons = jsc.parallelize(paths, slices).map(p -> {
                    Configuration conf = GameExploder.hadoopConf(hadoopConf);
                    Path path = new Path(p);
                    try (InputStream in = path.getFileSystem(conf).open(path)) {
                        Integer s = GameFiles.probeSeason(in);
                        return new String[] {p, s == null ? null : s.toString(), s == null ? "no season in the header" : null};
                    } catch (IOException e) {
                        return new String[] {p, null, e.getMessage()};
                    }
                }).collect();
                int unreadable = 0;
                for (String[] s : seasons) {
                    probed.put(s[0], s[1] == null ? null : Integer.valueOf(s[1]));
                    if (s[1] == null && unreadable++ == 0) {
                        LOG.warn("Season unreadable for {} ({}); such files are processed and their problem recorded", s[0], s[2]);
                    }
                }
                if (unreadable > 1) {
                    LOG.warn("{} files in all have no readable season", unreadable);
                }
            }
            List<GameFile> kept = new ArrayList<>();
            for (GameFile f : out) {
                Integer season = f.season() != null ? f.season() : probed.get(f.path());
                GameFile withSeason = new GameFile(f.path(), f.stem(), season, f.bytes());
                // a file whose season cannot be read is kept: processing will record why it is bad
                if (season == null || o.seasonSelected(season)) {
                    kept.add(withSeason);
                }
            }
            out = kept;
        }
        if (o.limit != null && out.size() > o.limit) {
            out = out.subList(0, o.limit);
        }
        return out;
    }
}
