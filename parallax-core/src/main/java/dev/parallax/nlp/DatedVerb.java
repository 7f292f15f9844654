package dev.parallax.nlp;

import dev.parallax.time.TimeExpression;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which verb a time expression dates, read from the part-of-speech tags of its sentence, so that
 * later stages can tell the date of an event ("reopen by year's end") from a date that describes a
 * thing ("the 1964 charter").
 */
final class DatedVerb {
  private DatedVerb() {}

  /**
   * The verb the expression dates: the nearest verb before it in its sentence ("reopen by year's
   * end", "arrested Monday"), else the first after it ("On Friday the council voted"), but only
   * when at most {@value #MAX_GAP} words
   * stand between them: function words and at most one common noun, the verb's object ("resume
   * sailings on Saturday", or an object pronoun: "sentence him on 14 October"). A name, number, other pronoun or a second noun between, or a noun right
   * after a year it modifies, means the expression belongs to a noun ("clauses in the 1964
   * charter", "growth of 2.5 percent in 1999", "In 1978, 20 people died"), and another time
   * expression between means the verb dates that one ("walk out on Friday until Sunday"): the
   * expression then gets no verb. A name's place phrase counts as one word of the gap and as no name
   * ("collapsed at the Port of Skellan on Tuesday"), adjectives of the object count for nothing
   * ("hold its first public hearing on 9 March"), and a word tagged as an adjective right after a
   * modal is a verb ("will now open on Friday").
   */
  static Optional<String> of(List<Token> words, TimeExpression t, List<TimeExpression> all) {
    int before = -1;
    int after = -1;
    for (int i = 0; i < words.size(); i++) {
      Token w = words.get(i);
      if (w.end() <= t.start() && isVerb(words, i)) {
        before = i;
      } else if (w.start() >= t.end() && after < 0 && isVerb(words, i)) {
        after = i;
      }
    }
    if (modifiesNoun(words, t)) {
      return Optional.empty();
    }
    for (int v : new int[] {before, after}) {
      if (v >= 0 && onlyFunctionWordsBetween(words, words.get(v), t)
          && all.stream().noneMatch(o -> o != t && o.start() >= Math.min(words.get(v).end(), t.end())
              && o.end() <= Math.max(words.get(v).start(), t.start()))) {
        return Optional.of(words.get(v).text());
      }
    }
    return Optional.empty();
  }

  private static final int MAX_GAP = 4;
  private static final Set<String> CONTENT_TAGS = Set.of("PROPN", "NUM", "PRON", "VERB");
  private static final Set<String> POSSESSIVES = Set.of("its", "their", "his", "her", "our", "my",
      "your");
  /** A pronoun the verb takes as its object ("will sentence him on 14 October"): it counts as the one noun. */
  private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "them", "it", "us", "me");

  private static boolean onlyFunctionWordsBetween(List<Token> words, Token verb, TimeExpression t) {
    int from = Math.min(verb.end(), t.end());
    int to = Math.max(verb.start(), t.start());
    int gap = 0;
    int nouns = 0;
    for (int i = 0; i < words.size(); i++) {
      Token w = words.get(i);
      if (w.start() >= from && w.end() <= to) {
        int nameEnd = namedPlaceEnd(words, i, to);
        if (nameEnd > i) {
          // "collapsed at the Port of Skellan on Tuesday": where it happened, one step of the gap
          i = nameEnd - 1;
          if (++gap > MAX_GAP) {
            return false;
          }
          continue;
        }
        boolean possessive = POSSESSIVES.contains(w.text().toLowerCase(Locale.ROOT));
        boolean object = w.tag().equals("PRON") && OBJECT_PRONOUNS.contains(w.text().toLowerCase(Locale.ROOT));
        nouns += w.tag().equals("NOUN") || object ? 1 : 0;
        // an adjective of the object noun ("its first public hearing") adds no distance
        if (!w.tag().equals("ADJ") && ++gap > MAX_GAP || nouns > 1 || CONTENT_TAGS.contains(w.tag()) && !possessive && !object
            || CLAUSE_END.contains(w.text()) || w.text().equals(",")) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Prepositions that introduce where an event happened ("at the Corn Exchange", "against Carrick
   * Rovers"); not {@link NewsWords#PLACE_PREPOSITIONS}, the narrower list that types a name as a place.
   */
  private static final Set<String> WHERE_PREPOSITIONS = Set.of("at", "in", "near", "outside", "inside", "from",
      "against", "to", "into", "off", "on");

  /**
   * Where a prepositional phrase of a name that starts at {@code i} ends ("at the Port of Skellan":
   * the preposition, an optional "the" and proper nouns, "of" between them), before {@code to};
   * {@code i} itself when none starts there.
   */
  private static int namedPlaceEnd(List<Token> words, int i, int to) {
    if (!WHERE_PREPOSITIONS.contains(words.get(i).text().toLowerCase(Locale.ROOT)) || !words.get(i).tag().equals("ADP")) {
      return i;
    }
    int k = i + 1;
    if (k < words.size() && words.get(k).text().equalsIgnoreCase("the")) {
      k++;
    }
    int end = i;
    while (k < words.size() && words.get(k).end() <= to && words.get(k).tag().equals("PROPN")) {
      end = ++k;
      if (k + 1 < words.size() && words.get(k).is("of") && words.get(k + 1).tag().equals("PROPN")) {
        k++;
      }
    }
    return end;
  }

  /**
   * "the 1964 charter", "a 1975 civil war", "Wednesday's ruling": a year right before a noun, or any
   * expression with a possessive, describes the noun.
   */
  private static boolean modifiesNoun(List<Token> words, TimeExpression t) {
    for (Token w : words) {
      if (w.start() >= t.end()) {
        boolean possessive = w.start() == t.end() && (w.text().equals("'s") || w.text().equals("’s"));
        return possessive || t.value().matches("\\d{4}") && (w.tag().equals("NOUN") || w.tag().equals("ADJ"))
            && w.start() - t.end() <= 1;
      }
    }
    return false;
  }

  /**
   * Scheduling verbs the tagger often reads as plural nouns ("the terminal opens on 3 May"); a
   * word of this list is taken as a verb when tagged as a noun.
   */
  private static final Set<String> SCHEDULING_VERBS = Set.of("opens", "reopens", "closes",
      "meets", "begins", "starts", "ends", "resumes", "arrives", "leaves", "returns", "launches", "sails", "departs");

  private static final Set<String> MODALS = Set.of("will", "would", "shall", "should", "can", "could", "may",
      "might", "must");

  /**
   * A verb by its tag, a scheduling verb tagged as a noun, or a word the tagger read as an
   * adjective right after a modal ("will now open"): only a verb's base form stands there.
   */
  private static boolean isVerb(List<Token> words, int i) {
    Token w = words.get(i);
    if (w.tag().equals("VERB") || w.tag().equals("NOUN") && SCHEDULING_VERBS.contains(w.text().toLowerCase(Locale.ROOT))) {
      return true;
    }
    int k = i - 1;
    if (k >= 0 && words.get(k).tag().equals("ADV")) {
      k--;
    }
    return w.tag().equals("ADJ") && k >= 0 && MODALS.contains(words.get(k).text().toLowerCase(Locale.ROOT));
  }

  /** Punctuation that ends the clause an expression opens. */
  private static final Set<String> CLAUSE_END = Set.of(":", ";", "(", ")", "—", "–");
}
