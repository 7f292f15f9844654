package dev.parallax.render;

import dev.parallax.model.Briefing;
import dev.parallax.model.Citation;
import dev.parallax.model.Conflict;
import dev.parallax.model.ConflictValue;
import dev.parallax.model.Fact;
import dev.parallax.model.EntityEntry;
import dev.parallax.model.GroundingIssue;
import dev.parallax.model.QuoteEntry;
import dev.parallax.model.SourceEntry;
import dev.parallax.model.SummarySentence;
import dev.parallax.model.TimelineEntry;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Entities;

/**
 * Renders a briefing as one self-contained HTML page (inline CSS, no scripts, no external
 * resources). Citation markers link to the numbered sources and show the cited outlet on hover.
 */
public final class HtmlRenderer {
  static final String STYLE = """
      body{font:16px/1.5 system-ui,-apple-system,Segoe UI,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1d232a}
      h1{font-size:1.7rem;line-height:1.25;margin-bottom:.2rem}h2{font-size:1.1rem;margin-top:2rem;border-bottom:1px solid #dde3ea;padding-bottom:.2rem}
      .meta{color:#5b6673;font-size:.9rem}.cite{font-size:.75rem;text-decoration:none;padding:0 .1rem}
      .cite:hover{background:#fff3bf}ol.sources li{margin-bottom:.4rem}.copy{color:#a15c00;font-weight:600}
      code{font-size:.8rem;color:#5b6673}blockquote{margin:.8rem 0;padding-left:1rem;border-left:3px solid #c5d0dc}
      .who{color:#5b6673}.variants{color:#5b6673;font-size:.9rem}.ok{color:#2b7a3d}.dropped{color:#b3261e}
      .badge{display:inline-block;font-size:.75rem;padding:0 .4rem;border-radius:.6rem;background:#e3f0e6;color:#2b5f37}
      .badge.single{background:#f1f3f5;color:#5b6673}.badge.warn{background:#fdecc8;color:#7a4b00}
      ul.facts li,ol.timeline li{margin-bottom:.4rem}ol.timeline{list-style:none;padding-left:0}time{font-weight:600}.conflict{display:flex;flex-wrap:wrap;gap:.6rem;margin:.6rem 0}
      .conflict h3{flex-basis:100%;font-size:1rem;margin:0}
      .side{flex:1 1 18rem;border:1px solid #e6c7a6;border-radius:.4rem;padding:.2rem .6rem;background:#fffaf3}
      """;

  public String render(Briefing b) {
    Map<String, SourceEntry> byId = Describe.sourcesById(b);
    StringBuilder h = new StringBuilder(8192);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(esc(b.headline())).append(" · Parallax briefing</title>\n")
        .append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n<article>\n");
    h.append("<h1>").append(esc(b.headline())).append("</h1>\n");
    h.append("<p class=\"meta\">").append(esc(b.storyId())).append(" · ").append(esc(Describe.coverage(b))).append("</p>\n");
    b.earlierPhase().ifPresent(e -> h.append("<p class=\"meta\">Later phase of <a href=\"").append(esc(e.storyId()))
        .append(".html\">").append(esc(e.headline())).append("</a> (").append(esc(e.storyId())).append(")</p>\n"));

    h.append("<h2>Summary</h2>\n");
    for (SummarySentence s : b.summary()) {
      h.append("<p class=\"summary\">").append(esc(s.text()));
      for (Citation c : s.citations()) {
        h.append(citeLink(byId.get(c.articleId())));
      }
      h.append("</p>\n");
    }

    if (!b.facts().isEmpty()) {
      h.append("<h2>Facts and who reports them</h2>\n<ul class=\"facts\">\n");
      for (Fact f : b.facts()) {
        h.append("<li>").append(esc(f.text()));
        for (Citation c : f.support()) {
          h.append(citeLink(byId.get(c.articleId())));
        }
        h.append(" <span class=\"").append(f.singleSource() ? "badge single" : "badge").append("\">")
            .append(esc(Describe.support(f))).append("</span></li>\n");
      }
      h.append("</ul>\n");
    }

    if (!b.conflicts().isEmpty()) {
      h.append("<h2>Where outlets differ</h2>\n");
      for (Conflict c : b.conflicts()) {
        h.append("<div class=\"conflict\"><h3>").append(esc(c.about())).append(esc(Describe.kind(c))).append("</h3>\n");
        for (ConflictValue v : c.values()) {
          h.append("<div class=\"side\"><strong>").append(esc(v.value())).append("</strong> ")
              .append(Describe.normalized(c, v).map(n -> (c.kind().equals(Conflict.DATE) ? "<time>" + esc(n) + "</time>"
                  : "<em>" + esc(n) + "</em>") + " ").orElse("")).append("<span class=\"who\">")
              .append(esc(String.join(", ", v.outlets()))).append("</span><p>").append(esc(v.text()))
              .append(citeLink(byId.get(v.citation().articleId()))).append("</p></div>\n");
        }
        h.append("</div>\n");
      }
    }

    if (!b.timeline().isEmpty()) {
      h.append("<h2>Timeline</h2>\n<ol class=\"timeline\">\n");
      for (TimelineEntry e : b.timeline()) {
        h.append("<li><time datetime=\"").append(esc(e.date())).append("\">").append(esc(e.date())).append("</time> <span class=\"who\">")
            .append(esc(e.when())).append("</span><br>").append(esc(e.text())).append(citeLink(byId.get(e.citation().articleId())))
            .append(" <span class=\"badge single\">").append(esc(String.join(", ", e.outlets()))).append("</span></li>\n");
      }
      h.append("</ol>\n");
    }

    h.append("<h2>Sources</h2>\n").append(CoverageChart.svg(b)).append("<ol class=\"sources\">\n");
    for (SourceEntry s : b.sources()) {
      h.append("<li id=\"source-").append(s.number()).append("\"><strong>").append(esc(Describe.outlet(s))).append("</strong>: ");
      if (s.url().isPresent()) {
        h.append("<a href=\"").append(esc(s.url().get())).append("\">").append(esc(s.title())).append("</a>");
      } else {
        h.append(esc(s.title()));
      }
      s.published().ifPresent(d -> h.append(" · ").append(d));
      if (!s.authors().isEmpty()) {
        h.append(" · by ").append(esc(String.join(", ", s.authors())));
      }
      Describe.original(s, byId).ifPresent(o -> h.append(" · <span class=\"copy\">copy of <a href=\"#source-")
          .append(o.number()).append("\">[").append(o.number()).append("]</a>")
          .append(s.copySimilarity().map(x -> String.format(Locale.ROOT, " (similarity %.2f)", x)).orElse(""))
          .append("</span>"));
      Describe.signals(s).forEach(signal -> h.append(" <span class=\"badge warn\">").append(esc(signal)).append("</span>"));
      h.append("<br><code>").append(esc(s.source())).append("</code></li>\n");
    }
    h.append("</ol>\n");

    if (!b.entities().isEmpty()) {
      h.append("<h2>People, organisations and places</h2>\n<ul>\n");
      for (EntityEntry e : b.entities()) {
        h.append("<li><strong>").append(esc(e.name())).append("</strong> <span class=\"who\">(")
            .append(Describe.type(e.type())).append(")</span>");
        if (!e.variants().isEmpty()) {
          h.append(" <span class=\"variants\">also written ").append(esc(String.join(", ", e.variants()))).append("</span>");
        }
        h.append(" · ").append(e.mentions()).append(" in ").append(e.articles()).append(e.articles() == 1 ? " article" : " articles")
            .append("</li>\n");
      }
      h.append("</ul>\n");
    }

    if (!b.quotes().isEmpty()) {
      h.append("<h2>Quotes</h2>\n");
      for (QuoteEntry q : b.quotes()) {
        h.append("<blockquote><p>“").append(esc(q.text())).append("”</p><p class=\"who\">— ")
            .append(esc(q.speaker().orElse("unattributed"))).append(citeLink(byId.get(q.citation().articleId())))
            .append("</p></blockquote>\n");
      }
    }

    h.append("<h2>Grounding</h2>\n");
    if (b.dropped().isEmpty()) {
      h.append("<p class=\"ok\">Every summary sentence and quote was found in the source it cites (verbatim, or with only a leading connective dropped).</p>\n");
    } else {
      h.append("<ul class=\"dropped\">\n");
      for (GroundingIssue g : b.dropped()) {
        h.append("<li>").append(esc(g.part())).append(": “").append(esc(g.text())).append("” (").append(esc(g.reason())).append(")</li>\n");
      }
      h.append("</ul>\n");
    }
    h.append("</article>\n</body>\n</html>\n");
    return h.toString();
  }

  /** An index page linking every briefing, largest story first. */
  public String renderIndex(List<Briefing> briefings) {
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Parallax stories</title>\n")
        .append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n<h1>Stories</h1>\n<ol>\n");
    for (Briefing b : briefings) {
      h.append("<li><a href=\"").append(esc(b.storyId())).append(".html\">").append(esc(b.headline()))
          .append("</a><br><span class=\"meta\">").append(esc(Describe.coverage(b))).append("</span></li>\n");
    }
    h.append("</ol>\n</body>\n</html>\n");
    return h.toString();
  }

  private static String citeLink(SourceEntry s) {
    return "<sup><a class=\"cite\" href=\"#source-" + s.number() + "\" title=\"" + esc(Describe.outlet(s) + ": " + s.title())
        + "\">[" + s.number() + "]</a></sup>";
  }

  private static String esc(String text) {
    return Entities.escape(text);
  }
}
