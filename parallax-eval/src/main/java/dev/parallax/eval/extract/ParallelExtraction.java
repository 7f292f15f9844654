package dev.parallax.eval.extract;

import dev.parallax.eval.RepeatedRuns;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one extractor over pages held in memory on several threads and keeps the results in page
 * order, with the wall-clock time of the whole run and the CPU time the extraction calls took.
 */
final class ParallelExtraction {
  private ParallelExtraction() {}

  /** A page to extract: its HTML and its URL ("" when unknown). */
  record Input(String html, String url) {}

  /**
   * What one run gave.
   *
   * @param results    one per input, in input order (an empty text where the extractor threw)
   * @param failures   inputs on which the extractor threw
   * @param seconds    wall-clock time of the run
   * @param cpuSeconds CPU time of the extraction calls, over all threads
   */
  record Run(List<PageExtractor.Extracted> results, int failures, double seconds, double cpuSeconds) {
    Run {
      results = List.copyOf(results);
    }

    double pagesPerSecond() {
      return seconds == 0 ? 0 : results.size() / seconds;
    }

    double cpuMillisPerPage() {
      return results.isEmpty() ? 0 : cpuSeconds * 1000 / results.size();
    }
  }

  private static final PageExtractor.Extracted NOTHING =
      new PageExtractor.Extracted("", Optional.empty(), List.of());

  /** Extracts every input with {@code extractor} (which must be thread-safe) on {@code threads} threads. */
  static Run run(PageExtractor extractor, List<Input> inputs, int threads) {
    PageExtractor.Extracted[] results = new PageExtractor.Extracted[inputs.size()];
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    long started = System.nanoTime();
    try {
      List<Future<long[]>> work = new ArrayList<>();
      for (int t = 0; t < Math.max(1, threads); t++) {
        work.add(pool.submit(() -> {
          long cpu = 0;
          long failures = 0;
          for (int i = next.getAndIncrement(); i < inputs.size(); i = next.getAndIncrement()) {
            Input input = inputs.get(i);
            long cpuBefore = RepeatedRuns.threadCpuNanos();
            try {
              results[i] = extractor.extract(input.html(), input.url());
            } catch (Exception | StackOverflowError e) {
              results[i] = NOTHING;
              failures++;
            }
            cpu += RepeatedRuns.threadCpuNanos() - cpuBefore;
          }
          return new long[] {cpu, failures};
        }));
      }
      long cpu = 0;
      int failures = 0;
      for (Future<long[]> f : work) {
        long[] result = f.get();
        cpu += result[0];
        failures += (int) result[1];
      }
      return new Run(Arrays.asList(results), failures, (System.nanoTime() - started) / 1e9, cpu / 1e9);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while extracting", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("extraction failed", e.getCause());
    } finally {
      pool.shutdown();
    }
  }
}
