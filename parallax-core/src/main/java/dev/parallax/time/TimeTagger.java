package dev.parallax.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.stream.Stream;

/**
 * Finds time expressions in a text and normalises them to TimeML values against an anchor (the
 * publication date): "on Friday" in an article of Saturday 14 March 2026 becomes 2026-03-13.
 *
 * <p>Rule-based: every rule ({@link DateRules}, {@link RelativeRules}, {@link FiscalPeriodRules},
 * {@link ClockRules}, {@link HolidayRules}, {@link DurationRules}) proposes spans; overlapping proposals are settled by keeping the longest
 * (so "Friday, March 13, 2026" wins over "Friday" and "March 13"); the kept spans are then
 * resolved in reading order, so that "a year earlier" or "the next day" can count from the point
 * mentioned before them. Stateless and thread-safe.
 */
public final class TimeTagger {
  private final List<TimexRule> rules;
  private final AnchorInference inference = new AnchorInference();

  /** A tagger with all rules. */
  public TimeTagger() {
    this.rules = Stream.of(DateRules.rules(), ClockRules.rules(), RelativeRules.rules(), FiscalPeriodRules.rules(),
            HolidayRules.rules(), DurationRules.rules())
        .flatMap(List::stream)
        .toList();
  }

  /**
   * Tags the time expressions of {@code text}.
   *
   * @param anchor the publication date; when empty, relative expressions keep unknown parts as X
   *     ("Friday" is XXXX-WXX-5), see {@link #analyze} to infer one instead
   * @return the expressions in text order, offsets into {@code text}
   */
  public List<TimeExpression> tag(String text, Optional<LocalDate> anchor) {
    Objects.requireNonNull(text, "text");
    RuleContext context = new RuleContext(text, anchor);
    List<TimeExpression> found = new ArrayList<>();
    for (Candidate candidate : select(text)) {
      Optional<Resolution> resolved = candidate.rule().resolve().apply(candidate.match(), context);
      if (resolved.isEmpty()) {
        continue;
      }
      Resolution r = resolved.get();
      r.point().ifPresent(context::remember);
      found.add(new TimeExpression(candidate.start(), candidate.end(),
          text.substring(candidate.start(), candidate.end()), r.type(), r.value(), r.mod()));
    }
    return List.copyOf(found);
  }

  /**
   * Tags {@code text} against the given publication date or, when it is unknown, against a date
   * inferred from the text itself (and says so).
   */
  public TimeAnalysis analyze(String text, Optional<LocalDate> publicationDate) {
    if (publicationDate.isPresent()) {
      return new TimeAnalysis(tag(text, publicationDate), publicationDate, Optional.empty());
    }
    Optional<InferredDate> inferred = inference.infer(text);
    Optional<LocalDate> anchor = inferred.map(InferredDate::date);
    return new TimeAnalysis(tag(text, anchor), anchor, inferred);
  }

  /**
   * Infers a publication date from the text's own dated references, for articles that do not state
   * one. See {@link AnchorInference}.
   */
  public Optional<InferredDate> inferAnchor(String text) {
    return inference.infer(text);
  }

  /**
   * All accepted rule matches, overlaps settled longest first, in text order. Each rule is tried
   * only where an expression can start and its pattern can begin with the character there; this
   * finds exactly what {@code Matcher.find()} over the whole text would, a few times faster.
   */
  private List<Candidate> select(String text) {
    List<Candidate> all = new ArrayList<>();
    int[] starts = startPositions(text);
    for (int i = 0; i < rules.size(); i++) {
      TimexRule rule = rules.get(i);
      if (!rule.mayMatch(text)) {
        continue;
      }
      Matcher m = rule.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
      int from = 0;
      for (int start : starts) {
        if (start < from || !rule.mayStartWith(text.charAt(start))) {
          continue;
        }
        m.region(start, text.length());
        if (!m.lookingAt()) {
          continue;
        }
        if (m.end() > m.start() && rule.accepts().test(m, text)) {
          all.add(new Candidate(m.start(), m.end(), i, rule, m.toMatchResult()));
        }
        // as find() does: the next match starts after this one, accepted or not
        from = Math.max(m.end(), start + 1);
      }
    }
    all.sort(Comparator.comparingInt((Candidate c) -> c.start() - c.end())
        .thenComparingInt(Candidate::start)
        .thenComparingInt(Candidate::order));
    List<Candidate> kept = new ArrayList<>();
    BitSet covered = new BitSet(text.length());
    for (Candidate c : all) {
      int firstCovered = covered.nextSetBit(c.start());
      if (firstCovered < 0 || firstCovered >= c.end()) {
        kept.add(c);
        covered.set(c.start(), c.end());
      }
    }
    kept.sort(Comparator.comparingInt(Candidate::start));
    return kept;
  }

  /** Where every rule may start (see {@link TimexRule#of}): a letter, digit or apostrophe not after a letter. */
  private static int[] startPositions(String text) {
    int[] starts = new int[text.length()];
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean startChar = Character.isLetterOrDigit(c) || c == '\'' || c == '’';
      if (startChar && (i == 0 || !Character.isLetter(text.charAt(i - 1)))) {
        starts[n++] = i;
      }
    }
    return java.util.Arrays.copyOf(starts, n);
  }

  private record Candidate(int start, int end, int order, TimexRule rule, MatchResult match) {}
}
