package vn.nq57.sync.run;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Peak heap (sampled every 10 ms, plus the JVM's own peak of each heap pool) and peak resident set
 * size ({@code VmHWM} of /proc/self/status, reset at each {@link #reset()} where Linux allows it).
 */
final class BenchmarkMemory implements AutoCloseable {

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final Thread sampler;
  private volatile long peakHeap;
  private volatile boolean running = true;

  BenchmarkMemory() {
    sampler =
        new Thread(
            () -> {
              while (running) {
                peakHeap = Math.max(peakHeap, memory.getHeapMemoryUsage().getUsed());
                BenchmarkNational.sleep(10);
              }
            },
            "benchmark-heap-sampler");
    sampler.setDaemon(true);
    sampler.start();
  }

  /** Starts a new phase: a collection first, so the phase starts from what is live. */
  void reset() {
    System.gc();
    peakHeap = memory.getHeapMemoryUsage().getUsed();
    ManagementFactory.getMemoryPoolMXBeans().forEach(p -> p.resetPeakUsage());
    try {
      Files.writeString(Path.of("/proc/self/clear_refs"), "5");
    } catch (IOException | RuntimeException e) {
      // Not allowed here: VmHWM is then the peak since the JVM started.
    }
  }

  long peakHeapMb() {
    return peakHeap / (1024 * 1024);
  }

  long maxHeapMb() {
    return memory.getHeapMemoryUsage().getMax() / (1024 * 1024);
  }

  static long peakRssMb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
        }
      }
    } catch (IOException e) {
      return -1;
    }
    return -1;
  }

  @Override
  public void close() {
    running = false;
  }
}
