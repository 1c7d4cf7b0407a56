package org.nbabox.job;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.SparkConf;

/**
 * Deals a batch of game files into tasks. Files are ordered by season, so each task writes into few
 * season partitions (few output files), and cut into contiguous runs of equal estimated cost, so the
 * tasks take about as long as each other: seasons before 2002-03 have no play-by-play and cost a
 * fraction of a game that has.
 */
final class TaskPlan {

    /** First season (end year) with play-by-play in ESPN's feed. */
    static final int FIRST_PLAY_BY_PLAY_SEASON = 2003;
    static final double NO_PLAY_BY_PLAY_COST = 0.2;

    private TaskPlan() {
    }

    /** One task's files. */
    record Task(int index, List<GameFile> files) {
    }

    /**
     * The cores to plan a batch's tasks for. Spark's default parallelism counts the executors registered
     * when it is asked, and with dynamic allocation on YARN none are before the first job: the cluster's
     * own limit ({@code spark.dynamicAllocation.maxExecutors}, or {@code spark.executor.instances}, times
     * {@code spark.executor.cores}) is what the tasks will run on.
     */
    static int slots(SparkConf conf, int defaultParallelism) {
        int cores = conf.getInt("spark.executor.cores", 1);
        String executors = conf.getBoolean("spark.dynamicAllocation.enabled", false)
                ? conf.get("spark.dynamicAllocation.maxExecutors", "0")
                : conf.get("spark.executor.instances", "0");
        long planned = Math.min(Long.parseLong(executors.trim()) * cores, MAX_SLOTS);
        return (int) Math.max(defaultParallelism, planned);
    }

    /** More tasks than this per batch only cost scheduling (an unbounded maxExecutors is Integer.MAX_VALUE). */
    static final int MAX_SLOTS = 4096;

    static double cost(GameFile f) {
        return f.season() != null && f.season() < FIRST_PLAY_BY_PLAY_SEASON ? NO_PLAY_BY_PLAY_COST : 1.0;
    }

    static List<Task> plan(List<GameFile> batch, int tasks) {
        List<GameFile> ordered = new ArrayList<>(batch);
        ordered.sort(Comparator.comparing((GameFile f) -> f.season() == null ? Integer.MAX_VALUE : f.season())
                .thenComparing(GameFile::path));
        double total = ordered.stream().mapToDouble(TaskPlan::cost).sum();
        int n = Math.max(1, Math.min(tasks, ordered.size()));
        List<Task> out = new ArrayList<>(n);
        List<GameFile> current = new ArrayList<>();
        double done = 0;
        for (GameFile f : ordered) {
            current.add(f);
            done += cost(f);
            // close this task when its share of the total cost is reached (keeping files for the rest)
            if (out.size() < n - 1 && done >= total * (out.size() + 1) / n) {
                out.add(new Task(out.size(), current));
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            out.add(new Task(out.size(), current));
        }
        return out;
    }
}
