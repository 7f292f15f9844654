package dev.parallax.eval.extract;

import java.util.List;
import java.util.Locale;

/** Renders extraction results as a fixed-width text table (also valid Markdown). */
public final class ExtractionTable {
  private ExtractionTable() {}

  /** The rows as a Markdown table: precision, recall, F1, published F1, accuracy, empties, speed. */
  public static String format(List<ExtractionRow> rows) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "| %-20s | %-14s | %9s | %6s | %6s | %12s | %8s | %5s | %7s | %11s |%n",
        "system", "source", "precision", "recall", "F1", "published F1", "accuracy", "empty", "pages/s", "CPU ms/page"));
    out.append("|").append("-".repeat(22)).append("|").append("-".repeat(16)).append("|")
        .append("-".repeat(10)).append(":|").append("-".repeat(7)).append(":|").append("-".repeat(7))
        .append(":|").append("-".repeat(13)).append(":|").append("-".repeat(9)).append(":|")
        .append("-".repeat(6)).append(":|").append("-".repeat(8)).append(":|").append("-".repeat(12)).append(":|\n");
    for (ExtractionRow row : rows) {
      ShingleScorer.Scores s = row.scores();
      out.append(String.format(Locale.ROOT, "| %-20s | %-14s | %9.3f | %6.3f | %6.3f | %12s | %8.3f | %5d | %7s | %11s |%n",
          row.system(), row.source(), s.precision(), s.recall(), s.f1(),
          row.publishedF1().isPresent() ? String.format(Locale.ROOT, "%.3f", row.publishedF1().getAsDouble()) : "-",
          s.accuracy(), s.emptyPredictions(),
          row.pagesPerSecond().isPresent() ? String.format(Locale.ROOT, "%.1f", row.pagesPerSecond().getAsDouble()) : "-",
          row.cpuMillisPerPage().isPresent() ? String.format(Locale.ROOT, "%.2f", row.cpuMillisPerPage().getAsDouble()) : "-"));
    }
    return out.toString();
  }

  /** Our date and byline findings, and their accuracy where the ground truth has them. */
  public static String format(MetadataCheck m) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "parallax metadata: publication date found on %d/%d pages, authors on %d/%d pages%n",
        m.withDate(), m.pages(), m.withAuthors(), m.pages()));
    out.append(m.dateAccuracy().isPresent()
        ? String.format(Locale.ROOT, "date accuracy: %.3f over %d pages with a true date%n", m.dateAccuracy().getAsDouble(), m.truthDates())
        : "date accuracy: not measurable (the ground truth has no date field)\n");
    out.append(m.authorAccuracy().isPresent()
        ? String.format(Locale.ROOT, "byline accuracy: %.3f over %d pages with a true author%n", m.authorAccuracy().getAsDouble(), m.truthAuthors())
        : "byline accuracy: not measurable (the ground truth has no author field)\n");
    return out.toString();
  }
}
