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
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The grounding check: every summary sentence, fact, conflicting value and quote of a briefing must
 * be found, exactly, at the source span it cites; a summary sentence may also be a compression of it
 * (the span's words in order, with only words left out that change no fact, see {@link CompressedText}). What fails is removed from the briefing and reported in
 * {@link Briefing#dropped()}, never written silently. Thread-safe.
 */
public final class GroundingVerifier {

  /**
   * Returns {@code briefing} with every ungrounded summary sentence, fact, conflict, timeline entry
   * and quote moved to {@code dropped}; {@code articles} maps article id to the article the
   * briefing was built from.
   */
  public Briefing verify(Briefing briefing, Map<String, Article> articles) {
    List<GroundingIssue> dropped = new ArrayList<>(briefing.dropped());
    return new Briefing(briefing.schemaVersion(), briefing.storyId(), briefing.headline(), briefing.headlineSource(),
        keep(briefing.summary(), "summary", SummarySentence::text, s -> summaryProblem(s, articles), dropped),
        keep(briefing.facts(), "facts", Fact::text, f -> factProblem(f, articles), dropped),
        keep(briefing.conflicts(), "conflicts", Conflict::about, c -> conflictProblem(c, articles), dropped),
        keep(briefing.timeline(), "timeline", TimelineEntry::text, e -> timelineProblem(e, articles), dropped),
        briefing.sources(),
        briefing.entities(),
        keep(briefing.quotes(), "quotes", QuoteEntry::text, q -> check(q.text(), q.citation(), articles), dropped),
        dropped, briefing.earlierPhase());
  }

  /** The items without a problem; each other one is reported in {@code dropped} with its reason. */
  private static <T> List<T> keep(List<T> items, String part, Function<T, String> text,
      Function<T, Optional<String>> problem, List<GroundingIssue> dropped) {
    List<T> kept = new ArrayList<>();
    for (T item : items) {
      problem.apply(item).ifPresentOrElse(
          reason -> dropped.add(new GroundingIssue(part, text.apply(item), reason)), () -> kept.add(item));
    }
    return kept;
  }

  /**
   * Every citation of a summary sentence holds it verbatim (copies carry the same sentence), or, for a
   * compressed sentence, holds every word of it in order with nothing that matters left out
   * ({@link CompressedText}).
   */
  private static Optional<String> summaryProblem(SummarySentence s, Map<String, Article> articles) {
    Optional<String> problem = Optional.empty();
    for (Citation c : s.citations()) {
      problem = problem.or(() -> locate(c, articles)).or(() -> check(s.text(), c, articles)
          .flatMap(notVerbatim -> compressedProblem(s.text(), c, articles)));
    }
    return problem;
  }

  private static Optional<String> compressedProblem(String text, Citation citation, Map<String, Article> articles) {
    String cited = articles.get(citation.articleId()).body().substring(citation.start(), citation.end());
    return CompressedText.problem(text, cited).map(why -> "not found verbatim nor as a compression at "
        + citation.source() + " [" + citation.start() + "," + citation.end() + "): " + why
        + "; source reads \"" + abbreviate(cited) + "\"");
  }

  /**
   * A fact's phrasing is verbatim its first citation; the other supporting sentences say the same
   * in their own words, so they are only checked to exist.
   */
  private static Optional<String> factProblem(Fact f, Map<String, Article> articles) {
    Optional<String> problem = check(f.text(), f.support().get(0), articles);
    for (Citation c : f.support()) {
      problem = problem.or(() -> locate(c, articles));
    }
    return problem;
  }

  /**
   * Each side's sentence is verbatim at its citation and states the value shown as whole words
   * (a place "Alt" is not in "Altmoor", a stance "signed" not in "cosigned", 212 not in 2120).
   */
  private static Optional<String> conflictProblem(Conflict conflict, Map<String, Article> articles) {
    Optional<String> problem = Optional.empty();
    for (ConflictValue v : conflict.values()) {
      problem = problem.or(() -> check(v.text(), v.citation(), articles))
          .or(() -> containsWords(v.text(), v.value()));
    }
    return problem;
  }

  private static Optional<String> containsWords(String sentence, String part) {
    if (part.isEmpty()) {
      return Optional.of("a value is empty");
    }
    String before = Character.isLetterOrDigit(part.codePointAt(0)) ? "(?<![\\p{L}\\p{N}])" : "";
    String after = Character.isLetterOrDigit(part.codePointBefore(part.length())) ? "(?![\\p{L}\\p{N}])" : "";
    return Pattern.compile(before + Pattern.quote(part) + after).matcher(sentence).find()
        ? Optional.empty()
        : Optional.of("\"" + part + "\" is not in its sentence as written");
  }

  /** The entry's sentence is verbatim at its citation and holds the time expression shown. */
  private static Optional<String> timelineProblem(TimelineEntry e, Map<String, Article> articles) {
    return check(e.text(), e.citation(), articles).or(() -> contains(e.text(), e.when()));
  }

  private static Optional<String> contains(String sentence, String part) {
    return sentence.contains(part) ? Optional.empty() : Optional.of("\"" + part + "\" is not in its sentence");
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
