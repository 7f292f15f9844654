package dev.parallax.eval.nlp;

import dev.parallax.model.AnalyzedArticle;
import dev.parallax.model.Article;
import dev.parallax.nlp.TextAnalyzer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How much heap the analysis stage needs: the heap in use once the models are loaded, and what the
 * analysed articles add when all of them are kept (as the pipeline keeps them until the stories
 * are briefed). Measured after full garbage collections, so it is retained memory, not the peak.
 *
 * @param articles      articles analysed
 * @param sentences     their sentences
 * @param modelBytes    heap in use after loading the models and analysing one article, before the rest
 * @param retainedBytes heap the analyses add to the articles they were made from (sentences, tokens
 *                      are not kept; mentions, quotes, times and numbers are)
 * @param maxHeapBytes  the JVM's heap limit
 */
public record AnalysisMemory(int articles, long sentences, long modelBytes, long retainedBytes, long maxHeapBytes) {
  private static final double MB = 1024.0 * 1024.0;

  /** Analyses {@code articles} on one thread, keeping every result, and measures the heap. */
  public static AnalysisMemory measure(List<Article> articles) {
    TextAnalyzer analyzer = new TextAnalyzer();
    if (!articles.isEmpty()) {
      analyzer.analyze(articles.get(0)); // loads the models
    }
    long before = usedAfterGc();
    List<AnalyzedArticle> kept = new ArrayList<>(articles.size());
    for (Article a : articles) {
      kept.add(analyzer.analyze(a));
    }
    long after = usedAfterGc();
    long sentences = kept.stream().mapToLong(a -> a.sentences().size()).sum();
    AnalysisMemory memory = new AnalysisMemory(kept.size(), sentences, before, Math.max(0, after - before),
        Runtime.getRuntime().maxMemory());
    kept.clear();
    return memory;
  }

  private static long usedAfterGc() {
    MemoryMXBean bean = ManagementFactory.getMemoryMXBean();
    long used = Long.MAX_VALUE;
    // a few rounds: one System.gc() may leave finalizable or soft garbage behind
    for (int i = 0; i < 4; i++) {
      System.gc();
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      used = Math.min(used, bean.getHeapMemoryUsage().getUsed());
    }
    return used;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT,
        "heap with models loaded %.0f MB; %d analysed articles (%,d sentences) kept add %.1f MB"
            + " (%.1f KB per article, %.2f KB per sentence); heap limit %.0f MB",
        modelBytes / MB, articles, sentences, retainedBytes / MB,
        articles == 0 ? 0 : retainedBytes / 1024.0 / articles, sentences == 0 ? 0 : retainedBytes / 1024.0 / sentences,
        maxHeapBytes / MB);
  }
}
