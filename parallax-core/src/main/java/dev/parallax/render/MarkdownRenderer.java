package dev.parallax.render;

import dev.parallax.model.Briefing;
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
import java.util.stream.Collectors;

/** Renders a briefing as Markdown: citation markers like [2] refer to the numbered sources. */
public final class MarkdownRenderer {

  public String render(Briefing b) {
    Map<String, SourceEntry> byId = Describe.sourcesById(b);
    StringBuilder md = new StringBuilder();
    md.append("# ").append(escape(b.headline())).append("\n\n");
    md.append("*").append(b.storyId()).append(" · ").append(Describe.coverage(b)).append("*\n\n");
    b.earlierPhase().ifPresent(e -> md.append("Later phase of [").append(escape(e.headline())).append("](")
        .append(e.storyId()).append(".md) (").append(e.storyId()).append(").\n\n"));

    md.append("## Summary\n\n");
    for (SummarySentence s : b.summary()) {
      md.append(escape(s.text())).append(' ').append(markers(Describe.numbers(s.citations(), byId))).append('\n');
    }
    md.append('\n');

    if (!b.facts().isEmpty()) {
      md.append("## Facts and who reports them\n\n");
      for (Fact f : b.facts()) {
        md.append("- ").append(escape(f.text())).append(' ').append(markers(Describe.numbers(f.support(), byId)))
            .append(" · ").append(escape(Describe.support(f))).append('\n');
      }
      md.append('\n');
    }

    if (!b.conflicts().isEmpty()) {
      md.append("## Where outlets differ\n\n");
      for (Conflict c : b.conflicts()) {
        md.append("- **").append(escape(c.about())).append("**").append(Describe.kind(c)).append(": ")
            .append(c.values().stream()
            .map(v -> escape(v.value()) + Describe.normalized(c, v).map(n -> " = " + escape(n)).orElse("")
                + " (" + escape(String.join(", ", v.outlets())) + ") "
                + markers(List.of(byId.get(v.citation().articleId()).number())))
            .collect(Collectors.joining(" vs "))).append('\n');
        for (ConflictValue v : c.values()) {
          md.append("  - \"").append(escape(v.text())).append("\"\n");
        }
      }
      md.append('\n');
    }

    if (!b.timeline().isEmpty()) {
      md.append("## Timeline\n\n");
      for (TimelineEntry e : b.timeline()) {
        md.append("- **").append(e.date()).append("** (").append(escape(e.when())).append("): ")
            .append(escape(e.text())).append(' ').append(markers(List.of(byId.get(e.citation().articleId()).number())))
            .append(" · ").append(escape(String.join(", ", e.outlets()))).append('\n');
      }
      md.append('\n');
    }

    md.append("## Sources\n\n");
    for (SourceEntry s : b.sources()) {
      md.append(s.number()).append(". **").append(escape(Describe.outlet(s))).append("**: ");
      md.append(s.url().map(u -> "[" + escape(s.title()) + "](" + u + ")").orElse(escape(s.title())));
      s.published().ifPresent(d -> md.append(" · ").append(d));
      if (!s.authors().isEmpty()) {
        md.append(" · by ").append(escape(String.join(", ", s.authors())));
      }
      md.append(" · `").append(s.source()).append('`');
      Describe.original(s, byId).ifPresent(o -> md.append(" · **copy of [").append(o.number()).append("]**")
          .append(s.copySimilarity().map(x -> String.format(Locale.ROOT, " (similarity %.2f)", x)).orElse("")));
      Describe.signals(s).forEach(signal -> md.append(" · *").append(signal).append('*'));
      md.append('\n');
    }
    md.append('\n');

    if (!b.entities().isEmpty()) {
      md.append("## People, organisations and places\n\n");
      for (EntityEntry e : b.entities()) {
        md.append("- **").append(escape(e.name())).append("** (").append(Describe.type(e.type())).append(')');
        if (!e.variants().isEmpty()) {
          md.append(", also written ").append(e.variants().stream().map(MarkdownRenderer::escape)
              .map(v -> "\"" + v + "\"").collect(Collectors.joining(", ")));
        }
        md.append(": ").append(e.mentions()).append(e.mentions() == 1 ? " mention" : " mentions")
            .append(" in ").append(e.articles()).append(e.articles() == 1 ? " article" : " articles").append('\n');
      }
      md.append('\n');
    }

    if (!b.quotes().isEmpty()) {
      md.append("## Quotes\n\n");
      for (QuoteEntry q : b.quotes()) {
        md.append("> \"").append(escape(q.text())).append("\"  \n> ").append("— ")
            .append(escape(q.speaker().orElse("unattributed"))).append(' ')
            .append(markers(List.of(byId.get(q.citation().articleId()).number()))).append("\n\n");
      }
    }

    md.append("## Grounding\n\n");
    if (b.dropped().isEmpty()) {
      md.append("Every summary sentence and quote was found in the source it cites (verbatim, or with only a leading connective dropped).\n");
    } else {
      md.append("Removed because they could not be traced to their sources:\n\n");
      for (GroundingIssue g : b.dropped()) {
        md.append("- ").append(g.part()).append(": \"").append(escape(g.text())).append("\" (")
            .append(escape(g.reason())).append(")\n");
      }
    }
    return md.toString();
  }

  private static String markers(List<Integer> numbers) {
    return numbers.stream().map(n -> "[" + n + "]").collect(Collectors.joining());
  }

  /** Escapes the characters Markdown would read as formatting. */
  static String escape(String text) {
    return text.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
  }
}
