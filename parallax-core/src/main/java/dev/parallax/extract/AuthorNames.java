package dev.parallax.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a byline as pages write it ("By Ana Ruiz and Tom Vale | 14 March 2026", "Ana Ruiz, Senior
 * Correspondent") into the person names alone.
 */
final class AuthorNames {
  private static final Pattern PREFIX =
      Pattern.compile(
          "(?i)^\\s*(?:(?:written by|words by|reporting by|story by|text by|by)\\s*:?\\s+"
              + "|(?:words|text|story|authors?|reporting)\\s*:\\s*)");
  /** Where the names end: an outlet, a date or a role follows these. */
  private static final Pattern TAIL =
      Pattern.compile(
          "(?i)\\s*(?:\\||\\s[-–—]\\s|\\sfor\\s|\\sin\\s|\\bpublished\\b|\\bupdated\\b|\\bposted\\b"
              // "Posted by Sam Okafor on 4 June 2025": "on" and a date
              + "|\\son\\s+(?=\\d|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b)).*$");
  private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:,|;|&|\\band\\b)\\s*");
  private static final Set<String> ROLE_WORDS =
      Set.of(
          "correspondent", "reporter", "editor", "writer", "journalist", "columnist", "contributor",
          "staff", "producer", "photographer", "critic", "analyst", "desk", "team", "newsroom",
          "chief", "senior", "associate", "deputy", "special", "contributing", "freelance", "agency",
          "agencies", "wire", "wires", "press", "news", "reporters", "writers", "editors");
  /** Words that are never a whole name: "By By", "Admin". */
  private static final Set<String> NOT_NAMES =
      Set.of("by", "and", "the", "of", "for", "with", "from", "in", "on", "at", "admin", "administrator",
          "anonymous", "guest", "unknown", "editorial", "opinion", "updated", "published");
  /**
   * Nouns that end an outlet's name, not a person's: "Ana Ruiz, Harbour Gazette" names the outlet
   * after the author (JSON-LD author strings and bylines both do it).
   */
  private static final Set<String> OUTLET_NOUNS =
      Set.of("gazette", "times", "herald", "journal", "tribune", "chronicle", "observer", "telegraph", "courier",
          "sentinel", "examiner", "inquirer", "dispatch", "bulletin", "ledger", "newspaper", "magazine", "media",
          "network", "broadcasting", "radio", "television", "tv", "online", "daily", "weekly", "mirror", "express",
          "standard", "independent", "monitor");
  private static final Set<String> PARTICLES =
      Set.of("de", "da", "del", "della", "van", "von", "der", "den", "la", "le", "du", "bin", "al", "el", "dos", "di");
  private static final Pattern NAME_WORD =
      Pattern.compile("\\p{Lu}[\\p{L}'’.\\-]*|\\p{Lu}\\.");

  private AuthorNames() {}

  /** The person names in {@code byline}, in order, without duplicates; empty if none look like names. */
  static List<String> fromByline(String byline) {
    if (byline == null) {
      return List.of();
    }
    String text = byline.replaceAll("\\s+", " ").strip();
    text = PREFIX.matcher(text).replaceFirst("");
    text = TAIL.matcher(text).replaceFirst("");
    Set<String> names = new LinkedHashSet<>();
    for (String part : SEPARATOR.split(text)) {
      String name = part.strip().replaceAll("^[\\p{Punct}\\s]+|[,;:|!?]+$", "").strip();
      if (name.endsWith(".") && !name.matches(".*\\b\\p{Lu}\\.$")) {
        name = name.substring(0, name.length() - 1); // a sentence stop, not an initial
      }
      if (looksLikeName(name)) {
        names.add(name);
      }
    }
    return new ArrayList<>(names);
  }

  /** Whether {@code text} starts like a byline: "By ...", "Written by ...". */
  static boolean hasBylinePrefix(String text) {
    return PREFIX.matcher(text).lookingAt();
  }

  /** Names from several byline strings (e.g. JSON-LD author entries), de-duplicated. */
  static List<String> fromBylines(List<String> bylines) {
    Set<String> names = new LinkedHashSet<>();
    for (String byline : bylines) {
      names.addAll(fromByline(byline));
    }
    return new ArrayList<>(names);
  }

  static boolean looksLikeName(String name) {
    if (name.isEmpty()
        || name.matches(".*\\d.*")
        || name.contains("://")
        || name.contains("@")
        || name.matches("(?i).*\\.(?:com|org|net|co|uk|news|info|io)\\b.*")) { // an outlet's domain
      return false;
    }
    String[] words = name.split(" ");
    if (words.length > 5 || NOT_NAMES.contains(name.toLowerCase(Locale.ROOT))) {
      return false;
    }
    if (words.length > 1 && words[0].equals("The")) {
      return false; // "By Elin Soto, The Corrin Bay Times": the outlet, not a person
    }
    if (words.length > 1 && OUTLET_NOUNS.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) {
      return false; // "Harbour Gazette", "Valley Times"
    }
    boolean anyCapital = false;
    for (String word : words) {
      String lower = word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
      if (ROLE_WORDS.contains(lower)) {
        return false;
      }
      if (NAME_WORD.matcher(word).matches()) {
        anyCapital = true;
      } else if (!PARTICLES.contains(lower)) {
        return false;
      }
    }
    return anyCapital;
  }
}
