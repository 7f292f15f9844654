package dev.parallax.eval.extract;

import dev.parallax.eval.RepeatedRuns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * How fast an extractor is on a set of pages held in memory: pages per second of wall clock and
 * CPU time per page, after a warm-up pass (class loading and JIT excluded), on one or several
 * threads with one extractor each. Reading and decompressing the files is not timed.
 *
 * @param threads    worker threads
 * @param pages      pages extracted in the measured passes, over all threads
 * @param seconds    wall-clock time of the measured passes (of the slowest thread)
 * @param cpuSeconds CPU time the worker threads used: on a shared machine the fair measure
 */
public record ExtractionThroughput(int threads, long pages, double seconds, double cpuSeconds) {

  public double pagesPerSecond() {
    return seconds == 0 ? 0 : pages / seconds;
  }

  public double cpuMillisPerPage() {
    return pages == 0 ? 0 : cpuSeconds * 1000 / pages;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT,
        "%d thread%s: %,.0f pages/s wall clock, %.2f CPU ms per page (%,d pages, %.1f s wall, %.1f s CPU)",
        threads, threads == 1 ? "" : "s", pagesPerSecond(), cpuMillisPerPage(), pages, seconds, cpuSeconds);
  }

  /**
   * Extracts {@code htmls} on {@code threads} threads, each with its own extractor from
   * {@code extractors}, again and again for at least {@code minSeconds} after one warm-up pass
   * ({@link RepeatedRuns}). Each thread starts at a different page so the threads do not work in
   * lock step.
   */
  public static ExtractionThroughput measure(
      List<String> htmls, Supplier<PageExtractor> extractors, int threads, double minSeconds) {
    if (htmls.isEmpty()) {
      return new ExtractionThroughput(threads, 0, 0, 0);
    }
    RepeatedRuns.Measured measured = RepeatedRuns.measure(threads, minSeconds, thread -> {
      PageExtractor extractor = extractors.get();
      int offset = thread * htmls.size() / threads;
      return () -> {
        for (int i = 0; i < htmls.size(); i++) {
          extractQuietly(extractor, htmls.get((offset + i) % htmls.size()));
        }
        return htmls.size();
      };
    });
    return new ExtractionThroughput(threads, measured.units(), measured.seconds(), measured.cpuSeconds());
  }

  private static void extractQuietly(PageExtractor extractor, String html) {
    try {
      extractor.extract(html, "");
    } catch (Exception | StackOverflowError rejected) {
      // a page the extractor fails on still cost its time; quality runs count failures
    }
  }

  /** The process's peak resident memory in bytes (Linux {@code VmHWM}), when the system says. */
  public static OptionalLong peakResidentBytes() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          String[] parts = line.substring(6).strip().split("\\s+");
          return OptionalLong.of(Long.parseLong(parts[0]) * 1024);
        }
      }
    } catch (IOException | RuntimeException notLinux) {
      // no /proc: peak memory is simply not reported
    }
    return OptionalLong.empty();
  }
}
