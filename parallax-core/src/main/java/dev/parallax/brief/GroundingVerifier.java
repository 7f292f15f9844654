package dev.parallax.brief;

import dev.parallax.model.Article;
import dev.parallax.model.Briefing;
import dev.parallax.model.Citation;
import dev.parallax.model.Conflict;
import dev.parallax.model.ConflictValue;
import dev.parallax.model.Fact;
import dev.parallax.model.GroundingIssue;
import dev.parallax.model.QuoteEntry;
import dev.parallax.model.SummarySentence;
import dev.parallax.model.TimelineEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The grounding check: every summary sentence, fact, conflicting value and quote of a briefing must
 * be found, exactly, at the source span it cites. What fails is removed from the briefing and reported in
 * {@link Briefing#dropped()}, never written silently. Thread-safe.
 */
public final class GroundingVerifier {

  /**
   * Returns {@code briefing} with every ungrounded summary sentence and quote moved to
   * {@code dropped}; {@code articles} maps article id to the article the briefing was built from.
   */
  public Briefing verify(Briefing briefing, Map<String, Article> articles) {
    List<GroundingIssue> dropped = new ArrayList<>(briefing.dropped());
    List<SummarySentence> summary = new ArrayList<>();
    for (SummarySentence s : briefing.summary()) {
      Optional<String> problem = Optional.empty();
      for (Citation c : s.citations()) {
        problem = problem.or(() -> check(s.text(), c, articles));
      }
      problem.ifPresentOrElse(
          reason -> dropped.add(new GroundingIssue("summary", s.text(), reason)), () -> summary.add(s));
    }
    List<QuoteEntry> quotes = new ArrayList<>();
    for (QuoteEntry q : briefing.quotes()) {
      check(q.text(), q.citation(), articles).ifPresentOrElse(
          reason -> dropped.add(new GroundingIssue("quotes", q.text(), reason)), () -> quotes.add(q));
    }
    List<Fact> facts = new ArrayList<>();
    for (Fact f : briefing.facts()) {
      // The phrasing is verbatim its first citation; the other supporting sentences say the same
      // in their own words, so they are only checked to exist.
      Optional<String> problem = check(f.text(), f.support().get(0), articles);
      for (Citation c : f.support()) {
        problem = problem.or(() -> locate(c, articles));
      }
      problem.ifPresentOrElse(reason -> dropped.add(new GroundingIssue("facts", f.text(), reason)), () -> facts.add(f));
    }
    List<Conflict> conflicts = new ArrayList<>();
    for (Conflict conflict : briefing.conflicts()) {
      Optional<String> problem = Optional.empty();
      for (ConflictValue v : conflict.values()) {
        problem = problem.or(() -> check(v.text(), v.citation(), articles))
            .or(() -> v.text().contains(v.value()) ? Optional.empty()
                : Optional.of("value \"" + v.value() + "\" is not in its sentence"));
      }
      problem.ifPresentOrElse(
          reason -> dropped.add(new GroundingIssue("conflicts", conflict.about(), reason)), () -> conflicts.add(conflict));
    }
    List<TimelineEntry> timeline = new ArrayList<>();
    for (TimelineEntry e : briefing.timeline()) {
      check(e.text(), e.citation(), articles)
          .or(() -> e.text().contains(e.when()) ? Optional.empty()
              : Optional.of("\"" + e.when() + "\" is not in its sentence"))
          .ifPresentOrElse(reason -> dropped.add(new GroundingIssue("timeline", e.text(), reason)), () -> timeline.add(e));
    }
    return new Briefing(briefing.schemaVersion(), briefing.storyId(), briefing.headline(), briefing.headlineSource(),
        summary, facts, conflicts, timeline, briefing.sources(), briefing.entities(), quotes, dropped);
  }

  /** Why {@code text} is not what {@code citation} points at, or empty when it is. */
  private static Optional<String> check(String text, Citation citation, Map<String, Article> articles) {
    Optional<String> missing = locate(citation, articles);
    if (missing.isPresent()) {
      return missing;
    }
    String cited = articles.get(citation.articleId()).body().substring(citation.start(), citation.end());
    if (!normalise(cited).equals(normalise(text))) {
      return Optional.of("not found verbatim at " + citation.source() + " [" + citation.start() + ","
          + citation.end() + "): source reads \"" + abbreviate(cited) + "\"");
    }
    return Optional.empty();
  }

  /** Why {@code citation} points at no span of a known article, or empty when it does. */
  private static Optional<String> locate(Citation citation, Map<String, Article> articles) {
    Article article = articles.get(citation.articleId());
    if (article == null) {
      return Optional.of("cites unknown article " + citation.articleId());
    }
    if (!article.source().equals(citation.source())) {
      return Optional.of("cites " + citation.source() + " but article " + article.id() + " is " + article.source());
    }
    if (citation.end() > article.body().length()) {
      return Optional.of("span [" + citation.start() + "," + citation.end() + ") lies outside " + citation.source());
    }
    return Optional.empty();
  }

  /** Only whitespace may differ between a cited span and the briefing text. */
  private static String normalise(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }

  private static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }
}
