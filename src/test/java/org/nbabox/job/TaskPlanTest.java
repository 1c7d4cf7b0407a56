package org.nbabox.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;

/** How many tasks a batch is cut into, and how evenly. */
class TaskPlanTest {

    @Test
    void onYarnWithDynamicAllocationTheTasksAreForTheClustersMaximumNotTheExecutorsRegisteredSoFar() {
        SparkConf emr = new SparkConf(false).set("spark.dynamicAllocation.enabled", "true")
                .set("spark.dynamicAllocation.maxExecutors", "12").set("spark.executor.cores", "4");
        assertEquals(48, TaskPlan.slots(emr, 2), "YARN's default of 2 before any executor registered");
        assertEquals(64, TaskPlan.slots(emr, 64));
    }

    @Test
    void fixedExecutorsOrLocalModeOrAnUnboundedMaximum() {
        assertEquals(12, TaskPlan.slots(new SparkConf(false).set("spark.executor.instances", "3")
                .set("spark.executor.cores", "4"), 2));
        assertEquals(2, TaskPlan.slots(new SparkConf(false).set("spark.master", "local[2]"), 2));
        assertEquals(TaskPlan.MAX_SLOTS, TaskPlan.slots(new SparkConf(false).set("spark.dynamicAllocation.enabled", "true")
                .set("spark.dynamicAllocation.maxExecutors", Integer.toString(Integer.MAX_VALUE))
                .set("spark.executor.cores", "4"), 2));
    }

    @Test
    void aBatchIsCutIntoTasksOfEqualCostInSeasonOrder() {
        List<GameFile> batch = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            batch.add(new GameFile("g" + i + ".json", "g" + i, 2001 + i % 4, 1000L));
        }
        List<TaskPlan.Task> tasks = TaskPlan.plan(batch, 8);
        assertEquals(8, tasks.size());
        assertEquals(100, tasks.stream().mapToInt(t -> t.files().size()).sum());
        int lastSeason = 0;
        for (TaskPlan.Task t : tasks) {
            double cost = t.files().stream().mapToDouble(TaskPlan::cost).sum();
            assertEquals(60.0 / 8, cost, 1.0, "task " + t.index()); // 50 games with play-by-play + 50 x 0.2
            for (GameFile f : t.files()) {
                assertEquals(true, f.season() >= lastSeason, "season order");
                lastSeason = f.season();
            }
        }
    }
}
