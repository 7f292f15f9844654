package dev.parallax.brief;

import dev.parallax.model.Sentence;
import dev.parallax.model.TimeAnchor;
import dev.parallax.model.TimeMention;
import dev.parallax.nlp.NewsWords;
import dev.parallax.time.TimeExpression;
import dev.parallax.time.TimexType;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * The dated events of a story's sentences, as the analysis stage found them: a calendar date and
 * the verb it dates ("reopen" in "is expected to reopen by year's end"). Two dates of the same verb
 * disagree when neither period holds the other: 2026 against 2027-02, 2026-05-03 against
 * 2026-05-10, but not May against 10 May. Reporting verbs ("said on Tuesday") date the report, not
 * the event, and are left out.
 */
final class DateClaims {
  private static final Pattern CALENDAR_DATE = Pattern.compile("\\d{4}(?:-\\d{2}(?:-\\d{2})?)?");

  /**
   * A date as compared: its TimeML value and mod, whether its period was over by the time the
   * article was written (a past event: "tested last year", "released on Thursday"), and whether it
   * is a deadline ("must decide by 30 January"), which any earlier date meets; and the words it is
   * written in.
   */
  record Dated(String value, String mod, boolean past, boolean deadline, String written) {}

  /**
   * Two past dates of one verb are often two events ("tested last year" and "tested on Friday"):
   * their sentences must be much alike to be taken as one event told two ways.
   */
  static final double PAST_SAME_CONTEXT = 0.5;

  static final ConflictFinder.Rules<Dated> RULES = new ConflictFinder.Rules<>(DateClaims::disagree, (a, b) -> false,
      (a, b) -> a.past() && b.past() ? PAST_SAME_CONTEXT : ConflictFinder.SAME_CONTEXT);
  /** What makes a date a deadline: "by 30 January", "before the end of the year", "no later than Friday". */
  private static final Pattern DEADLINE = Pattern.compile("\\b(?:by|before|no later than)\\s+$", Pattern.CASE_INSENSITIVE);
  /** An expression that names its year: it means the same whatever the anchor. */
  private static final Pattern NAMES_A_YEAR = Pattern.compile("\\d{4}|'\\d{2}\\b");

  private DateClaims() {}

  static List<ConflictFinder.Claim<Dated>> of(List<StorySentences.Item> sentences) {
    List<ConflictFinder.Claim<Dated>> out = new ArrayList<>();
    PorterStemmer stemmer = new PorterStemmer();
    for (StorySentences.Item item : sentences) {
      Sentence s = item.sentence();
      String body = item.article().article().body();
      List<ConflictFinder.Claim<Dated>> inSentence = new ArrayList<>();
      for (TimeMention t : item.article().times()) {
        TimeExpression e = t.expression();
        if (t.sentence() != s.index() || e.start() < s.start() || e.end() > s.end() || t.verb().isEmpty()
            || e.type() != TimexType.DATE || !CALENDAR_DATE.matcher(e.value()).matches()) {
          continue;
        }
        String verb = t.verb().get().toLowerCase(Locale.ROOT);
        if (NewsWords.REPORTING_WORDS.contains(verb) || inList(body, e, item.article().times()) || readApart(body, e, item.article().times())) {
          continue;
        }
        // against a guessed anchor, "Sunday" may be any Sunday: only dates that name their year count
        boolean guessedAnchor = item.article().timeAnchor().map(TimeAnchor::inferred).orElse(true);
        if (guessedAnchor && !NAMES_A_YEAR.matcher(e.text()).find()) {
          continue;
        }
        String normalized = e.value() + (e.mod().isEmpty() ? "" : " " + e.mod());
        inSentence.add(new ConflictFinder.Claim<>(item, stemmer.stem(verb), verb, e.text(), normalized, normalized,
            new Dated(e.value(), e.mod(), isPast(e.value(), item.article().timeAnchor()),
                DEADLINE.matcher(body).region(Math.max(s.start(), e.start() - 16), e.start()).find(),
                e.text().toLowerCase(Locale.ROOT))));
      }
      // two dates of one verb in one sentence are a span or a list ("from Friday until Sunday"), no point
      for (ConflictFinder.Claim<Dated> c : inSentence) {
        if (inSentence.stream().filter(o -> o.key().equals(c.key())).count() == 1) {
          out.add(c);
        }
      }
    }
    return out;
  }

  /** What stands between two dates of one list or range: "Tuesday and Wednesday", "May 3 to May 10". */
  private static final Pattern LIST_GAP = Pattern.compile("\\s*(?:,|and|or|to|through|until|till|-|–|—)\\s*(?:on\\s+)?");

  /** Whether {@code e} is one item of a list or range of dates: it then dates no single event. */
  private static boolean inList(String body, TimeExpression e, List<TimeMention> times) {
    for (TimeMention other : times) {
      TimeExpression o = other.expression();
      if (o == e) {
        continue;
      }
      if (o.end() <= e.start() && e.start() - o.end() <= 12 && LIST_GAP.matcher(body).region(o.end(), e.start()).matches()
          || o.start() >= e.end() && o.start() - e.end() <= 12
          && LIST_GAP.matcher(body).region(e.end(), o.start()).matches()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether another time expression stands right beside {@code e} ("June 1 last year"): the two
   * are one date the tagger read apart, and {@code e}'s value alone may be a year off.
   */
  private static boolean readApart(String body, TimeExpression e, List<TimeMention> times) {
    for (TimeMention other : times) {
      TimeExpression o = other.expression();
      if (o != e && (o.start() >= e.end() && body.substring(e.end(), o.start()).isBlank()
          || o.end() <= e.start() && body.substring(o.end(), e.start()).isBlank())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the period of a calendar value ended before the anchor. */
  private static boolean isPast(String value, Optional<TimeAnchor> anchor) {
    return anchor.isPresent() && period(value, "")[1].isBefore(anchor.get().date());
  }

  /**
   * The first and last day of a calendar value's period, narrowed to the part its mod names: the
   * first, middle or last third of a month, or of a year (a year's end is September to December).
   */
  private static LocalDate[] period(String value, String mod) {
    String[] parts = value.split("-");
    LocalDate first = switch (parts.length) {
      case 1 -> LocalDate.of(Integer.parseInt(parts[0]), 1, 1);
      case 2 -> LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), 1);
      default -> LocalDate.parse(value);
    };
    LocalDate last = switch (parts.length) {
      case 1 -> first.withMonth(12).withDayOfMonth(31);
      case 2 -> YearMonth.from(first).atEndOfMonth();
      default -> first;
    };
    if (parts.length == 3 || !THIRDS.containsKey(mod)) {
      return new LocalDate[] {first, last};
    }
    int third = THIRDS.get(mod);
    if (parts.length == 1) {
      return new LocalDate[] {first.plusMonths(4L * third), first.plusMonths(4L * third + 4).minusDays(1)};
    }
    LocalDate from = first.plusDays(10L * third);
    return new LocalDate[] {from, third == 2 ? last : from.plusDays(9)};
  }

  private static final java.util.Map<String, Integer> THIRDS = java.util.Map.of("START", 0, "MID", 1, "END", 2);

  /**
   * The two are written differently, neither date's period holds the other's (a part of a period, "the end of the year", holds only
   * what falls in that part), and neither is a deadline the other, a past date, met ("must decide
   * by 30 January" and "decided on Monday").
   */
  static boolean disagree(Dated a, Dated b) {
    // "on Thursday" in both: two outlets that write the same date agree, whatever their anchors make of it
    if (a.written().equals(b.written()) || metDeadline(a, b) || metDeadline(b, a)) {
      return false;
    }
    return !holds(a, b) && !holds(b, a);
  }

  private static boolean holds(Dated outer, Dated inner) {
    if (!inner.value().startsWith(outer.value())) {
      return false;
    }
    LocalDate[] o = period(outer.value(), outer.mod());
    LocalDate[] i = period(inner.value(), inner.mod());
    return !i[1].isBefore(o[0]) && !i[0].isAfter(o[1]);
  }

  private static boolean metDeadline(Dated deadline, Dated done) {
    return deadline.deadline() && done.past() && !period(done.value(), done.mod())[0].isAfter(period(deadline.value(), deadline.mod())[1]);
  }
}
