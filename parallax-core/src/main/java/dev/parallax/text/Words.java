package dev.parallax.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * Word-level views of text for scoring: lowercase word tokens, Porter stems and an English stopword
 * list. Thread-safe (a stemmer is made per call because OpenNLP's is stateful).
 */
public final class Words {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");

  /** Common English function words; content words are everything else. */
  public static final Set<String> STOPWORDS = Set.of(
      "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any",
      "are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both",
      "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "few",
      "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers",
      "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its",
      "itself", "just", "me", "more", "most", "my", "myself", "no", "nor", "not", "now", "of",
      "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own",
      "same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs",
      "them", "themselves", "then", "there", "these", "they", "this", "those", "through", "to",
      "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which",
      "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "yourself",
      "said", "says", "say", "told", "according", "mr", "ms", "mrs", "dr", "one", "two", "new",
      "year", "years", "last", "next", "week", "since", "may", "might", "must", "shall", "s");

  private Words() {}

  /** Lowercase word tokens of {@code text}, in order. */
  public static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      out.add(m.group().toLowerCase(Locale.ROOT).replace('’', '\''));
    }
    return out;
  }

  /** Porter stems of the tokens of {@code text}, stopwords kept. */
  public static List<String> stems(String text) {
    PorterStemmer stemmer = new PorterStemmer();
    List<String> tokens = tokens(text);
    List<String> out = new ArrayList<>(tokens.size());
    for (String t : tokens) {
      out.add(stem(stemmer, t));
    }
    return out;
  }

  /** Porter stems of the content words of {@code text} (stopwords dropped), in order. */
  public static List<String> contentStems(String text) {
    PorterStemmer stemmer = new PorterStemmer();
    List<String> out = new ArrayList<>();
    for (String t : tokens(text)) {
      if (!isStopword(t)) {
        out.add(stem(stemmer, t));
      }
    }
    return out;
  }

  public static boolean isStopword(String lowercaseToken) {
    return STOPWORDS.contains(lowercaseToken);
  }

  /** Number of word tokens, as a reader would count them. */
  public static int count(String text) {
    int n = 0;
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static String stem(PorterStemmer stemmer, String token) {
    if (token.endsWith("'s")) {
      token = token.substring(0, token.length() - 2);
    }
    return token.chars().allMatch(Character::isDigit) ? token : stemmer.stem(token);
  }
}
