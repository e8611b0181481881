package io.github.iconikopentext.benchmarks.transfer;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;

/**
 * Bytes allocated by the threads of the client side during an operation: every thread except the simulators' Jetty
 * threads ({@code qtp…}), which share the JVM. JMH's gc profiler counts every thread, simulators included; this
 * counts what the code under test allocates. A thread that ends within the operation is not counted (the transfer's
 * threads are pooled and outlive it). Not thread-safe.
 */
final class ClientAllocation {
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private final Map<Long, Long> start = perThread();

  /** The client threads' bytes allocated since this object was created. */
  long bytes() {
    long total = 0;
    for (Map.Entry<Long, Long> now : perThread().entrySet()) {
      total += now.getValue() - start.getOrDefault(now.getKey(), 0L);
    }
    return total;
  }

  private static Map<Long, Long> perThread() {
    Map<Long, Long> bytes = new HashMap<>();
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (!thread.getName().startsWith("qtp")) {
        long allocated = THREADS.getThreadAllocatedBytes(thread.getId());
        if (allocated >= 0) {
          bytes.put(thread.getId(), allocated);
        }
      }
    }
    return bytes;
  }
}
