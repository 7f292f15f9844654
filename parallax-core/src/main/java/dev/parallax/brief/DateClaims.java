package dev.parallax.brief;

import dev.parallax.model.Sentence;
import dev.parallax.model.TimeMention;
import dev.parallax.time.TimeExpression;
import dev.parallax.time.TimexType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
  private static final Set<String> REPORTING = Set.of("said", "says", "say", "told", "tells", "tell", "announced",
      "announces", "announce", "reported", "reports", "report", "confirmed", "confirms", "confirm", "added", "adds",
      "stated", "states", "wrote", "writes", "warned", "warns", "asked", "asks", "insisted", "insists", "claimed",
      "claims", "noted", "notes", "explained", "explains", "according");

  /** A date as compared: its TimeML value and mod. */
  record Dated(String value, String mod) {}

  static final ConflictFinder.Rules<Dated> RULES = new ConflictFinder.Rules<>(DateClaims::disagree, (a, b) -> false);

  private DateClaims() {}

  static List<ConflictFinder.Claim<Dated>> of(List<StorySentences.Item> sentences) {
    List<ConflictFinder.Claim<Dated>> out = new ArrayList<>();
    PorterStemmer stemmer = new PorterStemmer();
    for (StorySentences.Item item : sentences) {
      Sentence s = item.sentence();
      List<ConflictFinder.Claim<Dated>> inSentence = new ArrayList<>();
      for (TimeMention t : item.article().times()) {
        TimeExpression e = t.expression();
        if (t.sentence() != s.index() || e.start() < s.start() || e.end() > s.end() || t.verb().isEmpty()
            || e.type() != TimexType.DATE || !CALENDAR_DATE.matcher(e.value()).matches()) {
          continue;
        }
        String verb = t.verb().get().toLowerCase(Locale.ROOT);
        if (REPORTING.contains(verb) || inList(item.article().article().body(), e, item.article().times())) {
          continue;
        }
        String normalized = e.value() + (e.mod().isEmpty() ? "" : " " + e.mod());
        inSentence.add(new ConflictFinder.Claim<>(item, stemmer.stem(verb), verb, e.text(), normalized, normalized,
            new Dated(e.value(), e.mod())));
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

  /** Neither date's period holds the other's. */
  static boolean disagree(Dated a, Dated b) {
    return !a.value().startsWith(b.value()) && !b.value().startsWith(a.value());
  }
}
