package dev.parallax.time;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds numbers with their units and what they count: "64 of the 122 seats", "$2.5 billion",
 * "£14m", "three Americans", "212 flooded homes", "12 percent", and the bound a qualifier puts on
 * them ("more than 200", "about 300"). Numbers that belong to a time expression (years, dates,
 * "two weeks") are left to the {@link TimeTagger} and skipped here, and so are numbers that label
 * a thing ("pier 4", "Route 9", "No. 3"). Stateless and thread-safe.
 */
public final class NumberTagger {
  private static final String WORD_NUMBER = "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
      + "(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten"
      + "|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a\\s+dozen|dozens|hundreds"
      + "|thousands|a\\s+hundred|a\\s+thousand)";
  private static final String DIGITS = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
  private static final String SCALE = "(?:hundred|thousand|million|billion|trillion|bn|m|k)";
  private static final Pattern NUMBER = Pattern.compile(
      // not after a closing quote or bracket: "times.”5" is a footnote mark
      "(?<![\\w.,$€£¥”’)\\]-])(?<currency>US\\$|\\$|€|£|¥)?\\s?(?<number>" + DIGITS + "|(?i:" + WORD_NUMBER + "))"
          + "(?:\\s?(?<scale>(?i:" + SCALE + "))(?![a-z]))?"
          + "(?:\\s?(?<unit>%|(?i:percent|per\\s+cent|percentage\\s+points|dollars|euros|pounds|yen|km|kilometers|kilometres"
          + "|miles|meters|metres|feet|kg|kilograms|tons|tonnes|degrees|acres|hectares|barrels))(?![a-z]))?"
          + "(?![\\w])");
  private static final Pattern WORD = Pattern.compile("\\G[\\s,]*?(?<w>[A-Za-z][A-Za-z'’-]*)");
  private static final Map<String, Double> SCALES = Map.of("hundred", 1e2, "thousand", 1e3, "million", 1e6,
      "m", 1e6, "billion", 1e9, "bn", 1e9, "trillion", 1e12, "k", 1e3);
  private static final Map<String, String> CURRENCIES = Map.of("$", "USD", "US$", "USD", "€", "EUR", "£", "GBP",
      "¥", "JPY", "dollars", "USD", "euros", "EUR", "pounds", "GBP", "yen", "JPY");
  /** Words that end the noun phrase after a number. */
  private static final Set<String> STOP = Set.of("of", "the", "a", "an", "and", "or", "in", "on", "at", "to", "for",
      "from", "by", "with", "than", "as", "is", "are", "was", "were", "be", "been", "have", "has", "had", "that",
      "which", "who", "per", "percent", "more", "less", "about", "over", "under", "said", "says", "will", "would",
      "it", "its", "their", "his", "her", "this", "these", "those", "up", "down", "out", "into", "after", "before",
      "each", "apiece", "last", "so", "far", "ago", "old");

  /** A qualifier right before a number, and the bound it means. */
  private static final Pattern QUALIFIER = Pattern.compile("(?i)\\b(?<q>more\\s+than|over|above|in\\s+excess\\s+of"
      + "|upwards\\s+of|at\\s+least|no\\s+fewer\\s+than|no\\s+less\\s+than|a\\s+minimum\\s+of|fewer\\s+than"
      + "|less\\s+than|under|below|up\\s+to|at\\s+most|as\\s+many\\s+as|as\\s+much\\s+as|no\\s+more\\s+than"
      + "|a\\s+maximum\\s+of|about|around|roughly|approximately|nearly|almost|some|close\\s+to)\\s+$");
  /** A verb that makes "over" or "under" its particle: "hand over two suspects" bounds nothing. */
  private static final Pattern PARTICLE_VERB = Pattern.compile(
      "(?i)\\b(?:hand|turn|take|took|pass|roll|sign|win|won|go|went|come|came|bring|brought|look|knock|run|ran|put|get|got|fall|fell)"
          + "(?:s|ed|ing|en|n)?\\s+$");
  /** A word that makes the number after it a label, not an amount: "pier 4", "Route 9", "No. 3". */
  private static final Pattern LABEL = Pattern.compile("(?i)\\b(?:pier|route|no\\.|number|platform|gate|room|flight"
      + "|page|section|article|chapter|highway|berth|ward|bus|line|level|category|grade|phase|stage|terminal|exit)\\s+$");

  private final TimeTagger timeTagger;

  /** A tagger that skips numbers inside time expressions found by a default {@link TimeTagger}. */
  public NumberTagger() {
    this(new TimeTagger());
  }

  public NumberTagger(TimeTagger timeTagger) {
    this.timeTagger = Objects.requireNonNull(timeTagger, "timeTagger");
  }

  /** The quantities of {@code text} in text order, offsets into {@code text}. */
  public List<Quantity> tag(String text) {
    Objects.requireNonNull(text, "text");
    return tag(text, timeTagger.tag(text, Optional.empty()));
  }

  /**
   * The quantities of {@code text}, given the time expressions already found in it (their numbers
   * are skipped), so that a caller that tagged the times does not tag them twice.
   */
  public List<Quantity> tag(String text, List<TimeExpression> times) {
    Objects.requireNonNull(text, "text");
    BitSet inTime = new BitSet(text.length());
    times.forEach(t -> inTime.set(t.start(), Math.min(t.end(), text.length())));
    List<Quantity> found = new ArrayList<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      int start = m.start("currency") >= 0 ? m.start("currency") : m.start("number");
      int end = m.end();
      int firstInTime = inTime.nextSetBit(start);
      if (firstInTime >= 0 && firstInTime < end || isLabel(text, start)) {
        continue;
      }
      Optional<Double> number = parse(m.group("number"));
      if (number.isEmpty()) {
        continue;
      }
      double value = number.get();
      String scale = m.group("scale");
      if (scale != null) {
        if ((scale.equals("m") || scale.equals("bn") || scale.equalsIgnoreCase("k")) && m.group("currency") == null) {
          // "5 m" is five metres, not five million, without a currency sign
          continue;
        }
        value *= SCALES.get(scale.toLowerCase(Locale.ROOT));
      }
      String unit = unit(m.group("currency"), m.group("unit"));
      String counted = unit.isEmpty() || unit.length() == 3 && m.group("unit") == null ? counted(text, end) : "";
      Matcher q = QUALIFIER.matcher(text).region(Math.max(0, start - 24), start).useTransparentBounds(true);
      boolean qualified = q.find() && !(q.group("q").matches("(?i)over|under")
          && PARTICLE_VERB.matcher(text).region(Math.max(0, q.start() - 12), q.start()).find());
      found.add(new Quantity(start, end, text.substring(start, end), value, unit, counted,
          qualified ? bound(q.group("q")) : Bound.EXACT, qualified ? text.substring(q.start(), start) : ""));
    }
    return List.copyOf(found);
  }

  private static boolean isLabel(String text, int start) {
    return LABEL.matcher(text.substring(Math.max(0, start - 12), start)).find();
  }

  private static Bound bound(String qualifier) {
    return switch (qualifier.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")) {
      case "more than", "over", "above", "in excess of", "upwards of" -> Bound.MORE_THAN;
      case "at least", "no fewer than", "no less than", "a minimum of" -> Bound.EQUAL_OR_MORE;
      case "fewer than", "less than", "under", "below" -> Bound.LESS_THAN;
      case "up to", "at most", "as many as", "as much as", "no more than", "a maximum of" -> Bound.EQUAL_OR_LESS;
      default -> Bound.APPROX;
    };
  }

  private static String unit(String currency, String unitWord) {
    if (currency != null) {
      return CURRENCIES.get(currency);
    }
    if (unitWord == null) {
      return "";
    }
    String u = unitWord.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (u.equals("%") || u.equals("percent") || u.equals("per cent")) {
      return "%";
    }
    if (u.equals("percentage points")) {
      return "pp";
    }
    return CURRENCIES.getOrDefault(u, u);
  }

  /**
   * The noun counted: "seats" in "64 of the 122 seats" and "122 seats", "Americans" in "three
   * Americans"; up to three words, ending at the first plural-looking word.
   */
  static String counted(String text, int from) {
    Matcher ofThe = Pattern.compile("\\G\\s+of\\s+(?:the\\s+|its\\s+|their\\s+)?(?:" + DIGITS + "|(?i:" + WORD_NUMBER + "))?")
        .matcher(text).region(from, text.length());
    int at = ofThe.lookingAt() ? ofThe.end() : from;
    List<String> words = new ArrayList<>();
    Matcher w = WORD.matcher(text).region(at, text.length());
    while (words.size() < 3 && w.lookingAt()) {
      String word = w.group("w");
      if (STOP.contains(word.toLowerCase(Locale.ROOT)) || text.substring(w.regionStart(), w.start("w")).contains(",")) {
        break;
      }
      words.add(word);
      if (word.length() > 3 && word.endsWith("s")) {
        break;
      }
      w.region(w.end(), text.length());
    }
    if (words.isEmpty()) {
      return "";
    }
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).length() > 3 && words.get(i).endsWith("s")) {
        return String.join(" ", words.subList(0, i + 1));
      }
    }
    return words.get(0);
  }

  private static Optional<Double> parse(String number) {
    String n = number.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (n.matches("[\\d,]+(\\.\\d+)?")) {
      return Optional.of(Double.parseDouble(n.replace(",", "")));
    }
    return switch (n) {
      case "dozens", "hundreds", "thousands" -> Optional.empty();
      case "a hundred" -> Optional.of(100.0);
      case "a thousand" -> Optional.of(1000.0);
      default -> TimeLexicon.number(n);
    };
  }
}
