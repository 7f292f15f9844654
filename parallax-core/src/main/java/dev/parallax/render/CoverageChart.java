package dev.parallax.render;

import dev.parallax.model.Briefing;
import dev.parallax.model.SourceEntry;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.jsoup.nodes.Entities;

/**
 * An inline SVG of coverage over time: one row per outlet, one dot per dated article (hollow for
 * copies), days along the x axis. Empty when fewer than two articles are dated.
 */
final class CoverageChart {
  private static final int LABEL_WIDTH = 170;
  private static final int PLOT_WIDTH = 480;
  private static final int ROW = 22;

  private CoverageChart() {}

  static String svg(Briefing b) {
    List<SourceEntry> dated = b.sources().stream().filter(s -> s.published().isPresent()).toList();
    if (dated.size() < 2) {
      return "";
    }
    LocalDate first = dated.stream().map(s -> s.published().get()).min(LocalDate::compareTo).orElseThrow();
    LocalDate last = dated.stream().map(s -> s.published().get()).max(LocalDate::compareTo).orElseThrow();
    long span = Math.max(1, ChronoUnit.DAYS.between(first, last));
    TreeMap<String, List<SourceEntry>> byOutlet = new TreeMap<>();
    for (SourceEntry s : dated) {
      byOutlet.computeIfAbsent(Describe.outlet(s), k -> new java.util.ArrayList<>()).add(s);
    }
    int height = ROW * byOutlet.size() + 30;
    StringBuilder svg = new StringBuilder();
    svg.append(String.format(Locale.ROOT,
        "<svg class=\"coverage\" xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\" "
            + "aria-label=\"Coverage over time by outlet\">\n", LABEL_WIDTH + PLOT_WIDTH + 20, height));
    int row = 0;
    for (var entry : byOutlet.entrySet()) {
      int y = row * ROW + 15;
      svg.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\" font-size=\"12\">%s</text>\n", y + 4,
          Entities.escape(entry.getKey())));
      svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#dde3ea\"/>\n",
          LABEL_WIDTH, y, LABEL_WIDTH + PLOT_WIDTH, y));
      for (SourceEntry s : entry.getValue()) {
        double x = LABEL_WIDTH + PLOT_WIDTH * ChronoUnit.DAYS.between(first, s.published().get()) / (double) span;
        svg.append(String.format(Locale.ROOT,
            "<circle cx=\"%.1f\" cy=\"%d\" r=\"5\" fill=\"%s\" stroke=\"#2b5f87\"><title>[%d] %s</title></circle>\n",
            x, y, s.copyOf().isPresent() ? "white" : "#2b5f87", s.number(), Entities.escape(s.title())));
      }
      row++;
    }
    int axis = row * ROW + 20;
    svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" fill=\"#5b6673\">%s</text>\n",
        LABEL_WIDTH, axis, first));
    svg.append(String.format(Locale.ROOT,
        "<text x=\"%d\" y=\"%d\" font-size=\"11\" fill=\"#5b6673\" text-anchor=\"end\">%s</text>\n",
        LABEL_WIDTH + PLOT_WIDTH, axis, last));
    return svg.append("</svg>\n").toString();
  }
}
