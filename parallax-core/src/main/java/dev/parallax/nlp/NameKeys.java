package dev.parallax.nlp;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Matching keys for names: two surface forms with the same key name the same thing. The key
 * ignores case, diacritics, dots ("U.N." = "UN"), hyphens versus spaces ("Okafor-Lind" =
 * "Okafor Lind"), a possessive "'s", a leading "the", honorifics ("Mr Seo" = "Seo") and British
 * versus American spelling ("Harbour" = "Harbor").
 */
final class NameKeys {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\b|(?<=s)['’](?=\\s|$)");
  private static final Pattern SEPARATORS = Pattern.compile("[\\p{Pd}_/]+");
  private static final Pattern OTHER_PUNCTUATION = Pattern.compile("[^\\p{L}\\p{N}\\s]+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** Titles and honorifics that prefix a name without being part of it (keys are lower case). */
  static final Set<String> HONORIFICS = Set.of(
      "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady");

  private static final Map<String, String> SPELLING = Map.ofEntries(
      Map.entry("organisation", "organization"), Map.entry("organisations", "organizations"),
      Map.entry("defence", "defense"), Map.entry("offence", "offense"),
      Map.entry("harbour", "harbor"), Map.entry("harbours", "harbors"),
      Map.entry("programme", "program"), Map.entry("programmes", "programs"),
      Map.entry("centre", "center"), Map.entry("centres", "centers"),
      Map.entry("labour", "labor"), Map.entry("honour", "honor"), Map.entry("colour", "color"),
      Map.entry("neighbour", "neighbor"), Map.entry("neighbourhood", "neighborhood"),
      Map.entry("favour", "favor"), Map.entry("behaviour", "behavior"), Map.entry("theatre", "theater"),
      Map.entry("metre", "meter"), Map.entry("fibre", "fiber"), Map.entry("licence", "license"),
      Map.entry("aluminium", "aluminum"), Map.entry("tyre", "tire"), Map.entry("jewellery", "jewelry"));

  private NameKeys() {}

  /** The matching key of {@code name}; empty when nothing name-like is left. */
  static String key(String name) {
    List<String> words = words(name);
    while (words.size() > 1 && (words.get(0).equals("the") || HONORIFICS.contains(words.get(0)))) {
      words.remove(0);
    }
    return String.join(" ", words);
  }

  /** The key's words, in order, without dropping a leading "the" or honorific. */
  static List<String> words(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFD);
    s = MARKS.matcher(s).replaceAll("");
    s = POSSESSIVE.matcher(s).replaceAll("");
    s = s.replace("&", " and ").replace(".", "");
    s = SEPARATORS.matcher(s).replaceAll(" ");
    s = OTHER_PUNCTUATION.matcher(s).replaceAll(" ");
    s = SPACES.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    List<String> words = new ArrayList<>();
    if (s.isEmpty()) {
      return words;
    }
    for (String word : s.split(" ")) {
      words.add(americanSpelling(word));
    }
    return words;
  }

  private static String americanSpelling(String word) {
    String mapped = SPELLING.get(word);
    if (mapped != null) {
      return mapped;
    }
    if (word.endsWith("isation") || word.endsWith("isations")) {
      return word.replace("isation", "ization");
    }
    return word;
  }
}
