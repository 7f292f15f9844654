package dev.parallax.brief;

import dev.parallax.model.NumberMention;
import dev.parallax.model.Sentence;
import dev.parallax.time.Bound;
import dev.parallax.time.Quantity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * The comparable numbers of a story's sentences, as the analysis stage found them: money (compared
 * per currency), measures (per unit, in sentences that say largely the same thing) and counts of a plural noun as written ("212 flooded homes", "340 jobs"; not
 * additions like "four other soldiers", nor either end of a range). Two of them disagree
 * when they differ but stay within a factor of {@value #MAX_RATIO} (212 homes against 190; not 212
 * flooded homes against 62,000 homes without power, which count different things), and a bound
 * disagrees only with a value outside it ("more than 200 homes" agrees with 212, not with 190).
 * Amounts of money that say what they are of disagree only when that is the same or unsaid ("a hole
 * of $410 million" and "$300 million in grants" are different sums).
 */
final class NumberClaims {
  /**
   * A number as compared.
   *
   * @param what for money, the noun it is an amount of ("bill" in "the bill at $14 million",
   *             "grants" in "$85 million in grants"), stemmed; empty when unsaid or not money
   */
  record Value(Quantity quantity, String what) {}

  private static final Pattern WHAT_BEFORE = Pattern.compile("(?<!\\p{L})(\\p{L}{3,})\\s+(?:of|at)\\s+(?:an?\\s+|the\\s+)?$");
  private static final Pattern WHAT_AFTER = Pattern.compile("\\G\\s+(?:in|of)\\s+(\\p{L}{3,})");
  static final double MAX_RATIO = 2.0;
  /** How far an approximate value ("about 300") may be from an exact one and still agree. */
  static final double APPROX_SLACK = 0.05;

  private static final Map<String, String> SYMBOLS = Map.of("USD", "$", "GBP", "£", "EUR", "€", "JPY", "¥");
  private static final Set<String> INCREMENT = Set.of("other", "more", "additional", "further", "extra", "new");
  private static final Set<String> PLURALS = Set.of("people", "children", "men", "women", "police", "staff", "cattle", "crew",
      "personnel");
  private static final Map<Bound, String> BOUND_SIGNS = Map.of(Bound.EXACT, "", Bound.MORE_THAN, ">",
      Bound.EQUAL_OR_MORE, ">=", Bound.LESS_THAN, "<", Bound.EQUAL_OR_LESS, "<=", Bound.APPROX, "~");

  /**
   * A measure ("6.2 percent", "4.1 metres") names no thing it measures, and a story gives many of
   * one unit: its sentences must say largely the same thing (the fact grouper's threshold).
   */
  static final ConflictFinder.Rules<Value> RULES = new ConflictFinder.Rules<>(NumberClaims::disagree,
      NumberClaims::impliedBy, (a, b) -> isMeasure(a.quantity()) || isMeasure(b.quantity()) ? FactGrouper.SAME_FACT
          : ConflictFinder.SAME_CONTEXT);

  private NumberClaims() {}

  static List<ConflictFinder.Claim<Value>> of(List<StorySentences.Item> sentences) {
    List<ConflictFinder.Claim<Value>> out = new ArrayList<>();
    PorterStemmer stemmer = new PorterStemmer();
    for (StorySentences.Item item : sentences) {
      Sentence s = item.sentence();
      for (NumberMention n : item.article().numbers()) {
        Quantity q = n.quantity();
        if (n.sentence() != s.index() || q.start() < s.start() || q.end() > s.end()
            || inRange(item.article().article().body(), q, item.article().numbers())) {
          continue;
        }
        if (q.isMoney()) {
          String about = "amount (" + SYMBOLS.getOrDefault(q.unit(), q.unit()) + ")";
          String what = moneyWhat(item.article().article().body(), q, stemmer);
          out.add(new ConflictFinder.Claim<>(item, about, about, q.qualifiedText(), normalized(q), side(q),
              new Value(q, what)));
        } else if (isMeasure(q) && item.article().numbers().stream().noneMatch(o -> o != n
            && o.sentence() == n.sentence() && o.quantity().unit().equals(q.unit()))) {
          // several measures of one unit in a sentence compare things ("51 percent of the vote with
          // 22 percent counted"): none of them is the sentence's one value
          String about = "measure (" + q.unit() + ")";
          out.add(new ConflictFinder.Claim<>(item, about, about, q.qualifiedText(), normalized(q), side(q),
              new Value(q, "")));
        } else if (q.unit().isEmpty() && !q.counted().isEmpty()) {
          List<String> words = List.of(q.counted().toLowerCase(Locale.ROOT).split("\\s+"));
          String noun = words.get(words.size() - 1);
          // "four other soldiers", "200 more homes" count an addition, not the total
          boolean increment = words.stream().anyMatch(INCREMENT::contains);
          if (!increment && (noun.length() > 3 && noun.endsWith("s") || PLURALS.contains(noun))) {
            // the plural itself, not its stem: "spacewalks" and "spacewalkers" count different things
            String key = noun.endsWith("s") ? noun.substring(0, noun.length() - 1) : noun;
            out.add(new ConflictFinder.Claim<>(item, key, noun, q.qualifiedText(), normalized(q), side(q),
                new Value(q, "")));
          }
        }
      }
    }
    return out;
  }

  /** A number with a unit that is not money: a percentage, a length, a weight. */
  private static boolean isMeasure(Quantity q) {
    return !q.isMoney() && !q.unit().isEmpty();
  }

  static boolean disagree(Value first, Value second) {
    if (!first.what().isEmpty() && !second.what().isEmpty() && !first.what().equals(second.what())) {
      return false;
    }
    return disagree(first.quantity(), second.quantity());
  }

  /** The noun an amount is of, from the words right around it; empty when there is none. */
  private static String moneyWhat(String body, Quantity q, PorterStemmer stemmer) {
    int from = q.start() - q.qualifier().length();
    Matcher before = WHAT_BEFORE.matcher(body).region(Math.max(0, from - 40), from).useTransparentBounds(true);
    if (before.find()) {
      return stemmer.stem(before.group(1).toLowerCase(Locale.ROOT));
    }
    Matcher after = WHAT_AFTER.matcher(body).region(q.end(), Math.min(body.length(), q.end() + 40));
    return after.lookingAt() ? stemmer.stem(after.group(1).toLowerCase(Locale.ROOT)) : "";
  }

  static boolean disagree(Quantity a, Quantity b) {
    double x = a.value();
    double y = b.value();
    if (x <= 0 || y <= 0 || Math.max(x, y) / Math.min(x, y) > MAX_RATIO) {
      return false;
    }
    if (a.bound() == Bound.EXACT) {
      return !b.bound().admits(y, x, APPROX_SLACK);
    }
    if (b.bound() == Bound.EXACT) {
      return !a.bound().admits(x, y, APPROX_SLACK);
    }
    // two bounds ("more than 200", "up to 300") rarely contradict; two estimates do when far apart
    return a.bound() == Bound.APPROX && b.bound() == Bound.APPROX && !Bound.APPROX.admits(x, y, 2 * APPROX_SLACK);
  }

  /** What joins the two ends of a range: "$25 million and $30 million", "$27M-$30 million", "25 to 30". */
  private static final Pattern RANGE_GAP = Pattern.compile("\\s*(?:-|–|—|to|and|or)\\s*");

  /** A range's other end written right after or before a number ("$27M-$30 million", "25-30"). */
  private static final Pattern RANGE_AFTER = Pattern.compile("\\s*(?:-|–|—|to)\\s*[$€£¥]?\\d");
  private static final Pattern RANGE_BEFORE = Pattern.compile("\\d\\s*(?:-|–|—|to)\\s*$");

  /** Whether {@code q} is one end of a range of numbers: a range is no single value to compare. */
  private static boolean inRange(String body, Quantity q, List<NumberMention> numbers) {
    if (RANGE_AFTER.matcher(body).region(q.end(), Math.min(body.length(), q.end() + 8)).lookingAt()
        || RANGE_BEFORE.matcher(body).region(Math.max(0, q.start() - 8), q.start()).find()) {
      return true;
    }
    for (NumberMention other : numbers) {
      Quantity o = other.quantity();
      int gapStart = o.end() <= q.start() ? o.end() : q.end();
      int gapEnd = o.end() <= q.start() ? q.start() - q.qualifier().length() : o.start() - o.qualifier().length();
      if (o != q && gapStart <= gapEnd && gapEnd - gapStart <= 6
          && RANGE_GAP.matcher(body).region(gapStart, gapEnd).matches()) {
        return true;
      }
    }
    return false;
  }

  /** A bound that an exact value satisfies adds nothing beside it. */
  static boolean impliedBy(Value bounded, Value exact) {
    return impliedBy(bounded.quantity(), exact.quantity());
  }

  static boolean impliedBy(Quantity bounded, Quantity exact) {
    return bounded.bound() != Bound.EXACT && bounded.bound() != Bound.APPROX && exact.bound() == Bound.EXACT
        && bounded.bound().admits(bounded.value(), exact.value(), APPROX_SLACK);
  }

  /** An estimate sides with the exact value it rounds: "about $14 million" with "$14 million". */
  private static String side(Quantity q) {
    return q.bound() == Bound.APPROX ? normalized(q).substring(1) : normalized(q);
  }

  /** "18000000 USD", "~300", ">200". */
  static String normalized(Quantity q) {
    String number = BigDecimal.valueOf(q.value()).stripTrailingZeros().toPlainString();
    return BOUND_SIGNS.get(q.bound()) + number + (q.unit().isEmpty() ? "" : " " + q.unit());
  }
}
