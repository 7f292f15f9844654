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
 * "three Americans", "212 homes", "12 percent". Numbers that belong to a time expression (years,
 * dates, "two weeks") are left to the {@link TimeTagger} and skipped here. Stateless and
 * thread-safe.
 */
public final class NumberTagger {
  private static final String WORD_NUMBER = "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
      + "(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten"
      + "|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a\\s+dozen|dozens|hundreds"
      + "|thousands|a\\s+hundred|a\\s+thousand)";
  private static final String DIGITS = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
  private static final String SCALE = "(?:hundred|thousand|million|billion|trillion|bn|m)";
  private static final Pattern NUMBER = Pattern.compile(
      "(?<![\\w.,$€£¥-])(?<currency>US\\$|\\$|€|£|¥)?\\s?(?<number>" + DIGITS + "|(?i:" + WORD_NUMBER + "))"
          + "(?:\\s?(?<scale>(?i:" + SCALE + "))(?![a-z]))?"
          + "(?:\\s?(?<unit>%|(?i:percent|per\\s+cent|percentage\\s+points|dollars|euros|pounds|yen|km|kilometers|kilometres"
          + "|miles|meters|metres|feet|kg|kilograms|tons|tonnes|degrees|acres|hectares|barrels))(?![a-z]))?"
          + "(?![\\w])");
  private static final Pattern WORD = Pattern.compile("\\G[\\s,]*?(?<w>[A-Za-z][A-Za-z'’-]*)");
  private static final Map<String, Double> SCALES = Map.of("hundred", 1e2, "thousand", 1e3, "million", 1e6,
      "m", 1e6, "billion", 1e9, "bn", 1e9, "trillion", 1e12);
  private static final Map<String, String> CURRENCIES = Map.of("$", "USD", "US$", "USD", "€", "EUR", "£", "GBP",
      "¥", "JPY", "dollars", "USD", "euros", "EUR", "pounds", "GBP", "yen", "JPY");
  /** Words that end the noun phrase after a number. */
  private static final Set<String> STOP = Set.of("of", "the", "a", "an", "and", "or", "in", "on", "at", "to", "for",
      "from", "by", "with", "than", "as", "is", "are", "was", "were", "be", "been", "have", "has", "had", "that",
      "which", "who", "per", "percent", "more", "less", "about", "over", "under", "said", "says", "will", "would",
      "it", "its", "their", "his", "her", "this", "these", "those", "up", "down", "out", "into", "after", "before",
      "each", "apiece", "last", "so", "far", "ago", "old");

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
    BitSet inTime = new BitSet(text.length());
    timeTagger.tag(text, Optional.empty()).forEach(t -> inTime.set(t.start(), t.end()));
    List<Quantity> found = new ArrayList<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      int start = m.start("currency") >= 0 ? m.start("currency") : m.start("number");
      int end = m.end();
      int firstInTime = inTime.nextSetBit(start);
      if (firstInTime >= 0 && firstInTime < end) {
        continue;
      }
      Optional<Double> number = parse(m.group("number"));
      if (number.isEmpty()) {
        continue;
      }
      double value = number.get();
      String scale = m.group("scale");
      if (scale != null) {
        if ((scale.equals("m") || scale.equals("bn")) && m.group("currency") == null) {
          // "5 m" is five metres, not five million, without a currency sign
          continue;
        }
        value *= SCALES.get(scale.toLowerCase(Locale.ROOT));
      }
      String unit = unit(m.group("currency"), m.group("unit"));
      String counted = unit.isEmpty() || unit.length() == 3 && m.group("unit") == null ? counted(text, end) : "";
      found.add(new Quantity(start, end, text.substring(start, end), value, unit, counted));
    }
    return List.copyOf(found);
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
