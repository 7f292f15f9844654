package dev.parallax.eval;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * The measuring pattern the speed reports share: each of several threads runs one warm-up pass
 * over the data (class loading and JIT excluded), then passes again and again for at least a
 * given time; the units of work (pages, sentences) are summed, the wall clock is the slowest
 * thread's and the CPU time is all threads' (on a shared machine the fair measure).
 */
public final class RepeatedRuns {
  private RepeatedRuns() {}

  /** One pass over the data by one thread; returns the units of work it did. */
  @FunctionalInterface
  public interface Pass {
    long run();
  }

  /**
   * What was measured.
   *
   * @param threads    worker threads
   * @param units      units of work done in the measured passes, over all threads
   * @param seconds    wall-clock time of the measured passes (of the slowest thread)
   * @param cpuSeconds CPU time the worker threads used in them
   */
  public record Measured(int threads, long units, double seconds, double cpuSeconds) {}

  /**
   * Runs on {@code threads} threads, each with the pass {@code passes} gives for its index (so each
   * can have its own worker or start at its own place), for at least {@code minSeconds} after one
   * uncounted pass.
   */
  public static Measured measure(int threads, double minSeconds, IntFunction<Pass> passes) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<long[]>> work = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int index = t;
        work.add(pool.submit(() -> runRepeatedly(passes.apply(index), minSeconds)));
      }
      long units = 0;
      long slowestNanos = 0;
      long cpuNanos = 0;
      for (Future<long[]> f : work) {
        long[] result = f.get();
        units += result[0];
        slowestNanos = Math.max(slowestNanos, result[1]);
        cpuNanos += result[2];
      }
      return new Measured(threads, units, slowestNanos / 1e9, cpuNanos / 1e9);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while measuring", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("the measured work failed", e.getCause());
    } finally {
      pool.shutdown();
    }
  }

  /** Units done, and the wall-clock and CPU nanoseconds they took, after a warm-up pass. */
  private static long[] runRepeatedly(Pass pass, double minSeconds) {
    pass.run(); // warm-up pass, not counted
    long units = 0;
    long started = System.nanoTime();
    long cpuStarted = threadCpuNanos();
    do {
      units += pass.run();
    } while ((System.nanoTime() - started) / 1e9 < minSeconds);
    return new long[] {units, System.nanoTime() - started, threadCpuNanos() - cpuStarted};
  }

  /** CPU time the current thread has used, in nanoseconds. */
  public static long threadCpuNanos() {
    return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }
}
