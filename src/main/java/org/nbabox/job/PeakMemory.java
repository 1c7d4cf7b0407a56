package org.nbabox.job;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorMetricsUpdate;

/**
 * Peak JVM heap of the driver (the heap just before each garbage collection) and of each executor
 * (from the metrics in executors' heartbeats). In local mode the driver is the executor.
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

    private static final java.util.concurrent.atomic.AtomicLong BEFORE_GC_PEAK = new java.util.concurrent.atomic.AtomicLong();

    static {
        // The heap is fullest just before a collection: the sum of the heap pools then is a real
        // instant (the pools' own peaks are reached at different moments and over-count when summed).
        for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof javax.management.NotificationEmitter emitter) {
                emitter.addNotificationListener((n, handback) -> {
                    if (com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                        var info = com.sun.management.GarbageCollectionNotificationInfo
                                .from((javax.management.openmbean.CompositeData) n.getUserData());
                        long used = 0;
                        for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
                            var u = pool.getType() == MemoryType.HEAP ? info.getGcInfo().getMemoryUsageBeforeGc().get(pool.getName()) : null;
                            used += u == null ? 0 : u.getUsed();
                        }
                        BEFORE_GC_PEAK.accumulateAndGet(used, Math::max);
                    }
                }, null, null);
            }
        }
    }

    /** Starts the driver's peak over (each run in a JVM that runs several: tests, notebooks). */
    static void resetDriverPeak() {
        BEFORE_GC_PEAK.set(0);
    }

    /**
     * Peak heap used by this JVM since {@link #resetDriverPeak()} (the job calls it at its start), in bytes:
     * the fullest heap seen just before a garbage collection, or now if that is higher.
     */
    static long driverPeakHeap() {
        return Math.max(BEFORE_GC_PEAK.get(), ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }

    /** Highest heap seen on any executor, or -1 when no executor reported. */
    long executorPeakHeap() {
        return executorPeaks.values().stream().mapToLong(Long::longValue).max().orElse(-1);
    }
}
