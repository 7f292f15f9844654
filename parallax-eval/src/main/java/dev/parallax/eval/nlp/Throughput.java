package dev.parallax.eval.nlp;

import dev.parallax.eval.RepeatedRuns;
import dev.parallax.model.Article;
import dev.parallax.nlp.TextAnalyzer;
import java.util.List;
import java.util.Locale;

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
    return RepeatedRuns.threadCpuNanos();
  }

  /** Analyses {@code articles} on {@code threads} threads, one analyzer each, for at least {@code minSeconds}. */
  public static Throughput measure(List<Article> articles, int threads, double minSeconds) {
    new TextAnalyzer().analyze(articles.get(0)); // loads the models once
    RepeatedRuns.Measured m = RepeatedRuns.measure(threads, minSeconds, thread -> {
      TextAnalyzer analyzer = new TextAnalyzer();
      return () -> {
        long sentences = 0;
        for (Article a : articles) {
          sentences += analyzer.analyze(a).sentences().size();
        }
        return sentences;
      };
    });
    return new Throughput(threads, articles.size(), m.units(), m.seconds(), m.cpuSeconds());
  }
}
