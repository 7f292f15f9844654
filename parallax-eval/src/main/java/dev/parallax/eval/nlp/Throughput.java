package dev.parallax.eval.nlp;

import dev.parallax.model.Article;
import dev.parallax.nlp.TextAnalyzer;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * How fast {@link TextAnalyzer} is: sentences per second over a set of articles, analysed again
 * and again for at least a given time after a warm-up pass (model loading and JIT excluded), on
 * one thread or on several threads with one analyzer each.
 *
 * @param threads   worker threads, each with its own analyzer
 * @param articles  articles per pass
 * @param sentences sentences analysed in all
 * @param seconds    wall-clock time of the measured passes (of the slowest thread)
 * @param cpuSeconds CPU time the measuring threads used: on a busy machine, wall-clock speed
 *                   understates what the code does on cores of its own
 */
public record Throughput(int threads, int articles, long sentences, double seconds, double cpuSeconds) {

  public double sentencesPerSecond() {
    return seconds == 0 ? 0 : sentences / seconds;
  }

  /** Sentences per second of CPU time of one core. */
  public double sentencesPerCpuSecond() {
    return cpuSeconds == 0 ? 0 : sentences / cpuSeconds;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT,
        "%,.0f sentences/s wall clock, %,.0f sentences per CPU second (%d thread%s, %,d sentences of %d articles, %.1f s wall, %.1f s CPU)",
        sentencesPerSecond(), sentencesPerCpuSecond(), threads, threads == 1 ? "" : "s", sentences, articles, seconds,
        cpuSeconds);
  }

  static long cpuNanos() {
    return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  /** Analyses {@code articles} on {@code threads} threads for at least {@code minSeconds}. */
  public static Throughput measure(List<Article> articles, int threads, double minSeconds) {
    new TextAnalyzer().analyze(articles.get(0)); // loads the models once
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<long[]>> work = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        work.add(pool.submit(() -> analyseRepeatedly(articles, minSeconds)));
      }
      long sentences = 0;
      long slowestNanos = 0;
      long cpuNanos = 0;
      for (Future<long[]> f : work) {
        long[] result = f.get();
        sentences += result[0];
        slowestNanos = Math.max(slowestNanos, result[1]);
        cpuNanos += result[2];
      }
      return new Throughput(threads, articles.size(), sentences, slowestNanos / 1e9, cpuNanos / 1e9);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while measuring", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("analysis failed while measuring", e.getCause());
    } finally {
      pool.shutdown();
    }
  }

  /** Sentences analysed, the wall-clock and the CPU nanoseconds it took, after a warm-up pass. */
  private static long[] analyseRepeatedly(List<Article> articles, double minSeconds) {
    TextAnalyzer analyzer = new TextAnalyzer();
    for (Article a : articles) {
      analyzer.analyze(a); // warm-up pass, not counted
    }
    long sentences = 0;
    long started = System.nanoTime();
    long cpuStarted = cpuNanos();
    do {
      for (Article a : articles) {
        sentences += analyzer.analyze(a).sentences().size();
      }
    } while ((System.nanoTime() - started) / 1e9 < minSeconds);
    return new long[] {sentences, System.nanoTime() - started, cpuNanos() - cpuStarted};
  }
}
