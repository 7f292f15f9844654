package dev.parallax.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * Splits text into Porter-stemmed, lowercase content words: stopwords and one-letter words are
 * dropped, numbers of any length are kept (dates, counts and scores are specific to an event).
 * Not thread-safe (the stemmer keeps a buffer); each clusterer owns one.
 */
final class ContentWords {
  /** Function words and newsroom boilerplate that say nothing about which event a text is about. */
  static final Set<String> STOPWORDS = Set.of(
      "a", "about", "above", "after", "again", "against", "all", "almost", "also", "although", "am",
      "among", "an", "and", "another", "any", "are", "around", "as", "at", "be", "because", "been",
      "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do", "does",
      "doing", "down", "during", "each", "either", "else", "even", "ever", "every", "few", "for", "from",
      "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him",
      "himself", "his", "how", "however", "i", "if", "in", "into", "is", "it", "its", "itself", "just",
      "last", "least", "less", "like", "made", "make", "many", "may", "me", "might", "more", "most",
      "much", "must", "my", "near", "neither", "never", "next", "no", "nor", "not", "now", "of", "off",
      "often", "on", "once", "one", "only", "or", "other", "others", "our", "ours", "out", "over", "own",
      "per", "perhaps", "quite", "rather", "same", "say", "said", "says", "saying", "she", "should",
      "since", "so", "some", "still", "such", "than", "that", "the", "their", "theirs", "them",
      "themselves", "then", "there", "these", "they", "this", "those", "though", "through", "thus", "to",
      "too", "told", "toward", "towards", "under", "until", "up", "upon", "us", "very", "via", "was",
      "we", "were", "what", "when", "where", "whether", "which", "while", "who", "whom", "whose", "why",
      "will", "with", "within", "without", "would", "yet", "you", "your", "yours", "s", "t", "new",
      "according", "added", "adding", "week", "weeks", "today", "yesterday", "tomorrow", "monday",
      "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mr", "mrs", "ms", "dr",
      "reported", "reporter", "reporters", "statement", "news", "year", "years", "day", "days", "two",
      "three", "first", "second", "well", "including", "get", "got", "going", "went", "take", "took");

  private final PorterStemmer stemmer = new PorterStemmer();

  /** The content words of {@code text}, stemmed, in text order (repeats kept). */
  List<String> of(String text) {
    List<String> words = new ArrayList<>();
    String lower = text.toLowerCase(Locale.ROOT);
    int i = 0;
    while (i < lower.length()) {
      int start = i;
      while (i < lower.length() && Character.isLetterOrDigit(lower.charAt(i))) {
        i++;
      }
      if (i > start) {
        addWord(lower.substring(start, i), words);
      } else {
        i++;
      }
    }
    return words;
  }

  private void addWord(String word, List<String> words) {
    boolean hasLetter = word.chars().anyMatch(Character::isLetter);
    if ((hasLetter && word.length() < 2) || STOPWORDS.contains(word)) {
      return;
    }
    words.add(hasLetter ? stemmer.stem(word) : word);
  }
}
