package org.nbabox.job;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorMetricsUpdate;

/**
 * Peak JVM heap of the driver (from its memory pools) and of each executor (from the metrics in
 * executors' heartbeats). In local mode the driver is the executor.
 */
final class PeakMemory extends SparkListener {

    private final Map<String, Long> executorPeaks = new ConcurrentHashMap<>();

    @Override
    public void onExecutorMetricsUpdate(SparkListenerExecutorMetricsUpdate update) {
        update.executorUpdates().foreach(entry -> {
            long heap = entry._2().getMetricValue("JVMHeapMemory");
            executorPeaks.merge(update.execId(), heap, Math::max);
            return null;
        });
    }

    /** Peak heap used by this JVM so far, in bytes (sum of the heap pools' peaks). */
    static long driverPeakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** Highest heap seen on any executor, or -1 when no executor reported. */
    long executorPeakHeap() {
        return executorPeaks.values().stream().mapToLong(Long::longValue).max().orElse(-1);
    }
}
