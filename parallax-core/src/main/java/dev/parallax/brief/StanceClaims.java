package dev.parallax.brief;

import dev.parallax.model.Entity;
import dev.parallax.model.Mention;
import dev.parallax.model.Quote;
import dev.parallax.model.Sentence;
import dev.parallax.nlp.EntityResolution;
import dev.parallax.nlp.NewsWords;
import dev.parallax.text.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * What a story's sentences affirm or deny: a negated verb ("did not sign", "will not reopen") or
 * one of a pair of opposite verbs ("approved" / "rejected", "rose" / "fell"). Two sentences take
 * opposite stances on one claim when one affirms and the other denies the same verb (or pair), and
 * the rest of them is alike: content cosine at least {@value #SAME_CLAIM} with the stance words
 * left out, and the same named entities. Precision first, so a sentence is left out when its
 * stance is unclear or not the outlet's own: more than one stance word ("denied that the council
 * approved"), the stance word inside a quote, or both sides attributed to a speaker (the outlets
 * then report what was said, and agree on it or report two statements).
 */
final class StanceClaims {
  static final double SAME_CLAIM = 0.7;

  /**
   * A stance as compared.
   *
   * @param affirmed  whether the sentence affirms the claim
   * @param rest      content-word stems of the sentence without its stance words
   * @param entities  canonical names of the entities it names
   * @param attributed whether it reports what someone said
   */
  record Stance(boolean affirmed, Map<String, Integer> rest, Set<String> entities, boolean attributed) {}

  static final ConflictFinder.Rules<Stance> RULES = new ConflictFinder.Rules<>(StanceClaims::disagree,
      (a, b) -> false);

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}]+(?:['’][\\p{L}]+)?");
  private static final Set<String> NEGATORS = Set.of("not", "never", "n't");
  /** Words between a negator and the verb it negates ("has not yet been signed"). */
  private static final Set<String> BETWEEN = Set.of("be", "been", "being", "yet", "ever", "already", "formally",
      "officially", "fully", "actually", "immediately", "also", "still", "have", "to");
  /** Auxiliaries shown with a negation ("did not sign"). */
  private static final Set<String> AUXILIARIES = Set.of("do", "does", "did", "has", "have", "had", "will", "would",
      "is", "are", "was", "were", "can", "could", "should", "shall", "must", "may", "might");
  /**
   * Words that deny without a negator before the verb ("Neither X nor Y was involved", "the claim
   * that X was involved is untrue"): a sentence holding one takes no clear stance either way.
   */
  private static final Set<String> DENYING_CONTEXT = Set.of("neither", "nor", "no", "none", "nobody", "nothing",
      "without", "untrue", "false", "unable", "yet", "hardly", "barely", "cannot", "failed", "fails", "whether", "if");

  /** Opposite verbs, each form with its pair and whether it affirms (first of the pair) or denies. */
  private static final Map<String, List<String>> PAIRS_OF = new HashMap<>();
  private static final Map<String, Boolean> AFFIRMS = new HashMap<>();

  static {
    pair("confirmed/denied", List.of("confirm", "confirms", "confirmed"), List.of("deny", "denies", "denied"));
    pair("approved/rejected", List.of("approve", "approves", "approved"), List.of("reject", "rejects", "rejected"));
    pair("accepted/refused", List.of("accept", "accepts", "accepted"),
        List.of("refuse", "refuses", "refused", "reject", "rejects", "rejected"));
    pair("won/lost", List.of("win", "wins", "won"), List.of("lose", "loses", "lost"));
    pair("rose/fell", List.of("rise", "rises", "rose", "risen"), List.of("fall", "falls", "fell", "fallen"));
    pair("increased/decreased", List.of("increase", "increases", "increased"),
        List.of("decrease", "decreases", "decreased"));
  }

  private static void pair(String name, List<String> affirming, List<String> denying) {
    affirming.forEach(w -> {
      PAIRS_OF.computeIfAbsent(w, k -> new ArrayList<>()).add(name);
      AFFIRMS.put(w, true);
    });
    denying.forEach(w -> {
      PAIRS_OF.computeIfAbsent(w, k -> new ArrayList<>()).add(name);
      AFFIRMS.put(w, false);
    });
  }

  /** A stance word found in a sentence: the words shown, the claim keys it bears on, and its sense. */
  private record Marker(String shown, List<String> keys, boolean affirmed, int start) {}

  private StanceClaims() {}

  static List<ConflictFinder.Claim<Stance>> of(List<StorySentences.Item> sentences, EntityResolution entities) {
    PorterStemmer stemmer = new PorterStemmer();
    List<ConflictFinder.Claim<Stance>> out = new ArrayList<>();
    Map<StorySentences.Item, List<Token>> tokensOf = new IdentityHashMap<>();
    Set<String> negatedStems = new HashSet<>();
    List<StorySentences.Item> clear = new ArrayList<>();
    Map<StorySentences.Item, Marker> markerOf = new IdentityHashMap<>();
    for (StorySentences.Item item : sentences) {
      List<Token> tokens = tokens(item.sentence().text());
      tokensOf.put(item, tokens);
      if (tokens.stream().anyMatch(t -> DENYING_CONTEXT.contains(t.lower()))) {
        continue;
      }
      List<Marker> markers = markers(tokens, item.sentence().text(), stemmer);
      if (markers.size() == 1 && !markers.get(0).keys().isEmpty() && !inQuote(item, markers.get(0).start())) {
        Marker marker = markers.get(0);
        markerOf.put(item, marker);
        if (!marker.keys().get(0).contains("/")) {
          negatedStems.addAll(marker.keys());
        }
      }
      if (markers.isEmpty()) {
        clear.add(item);
      }
    }
    for (StorySentences.Item item : sentences) {
      Marker marker = markerOf.get(item);
      if (marker != null) {
        for (String key : marker.keys()) {
          out.add(claim(item, key, marker.shown(), marker.affirmed(), entities, stemmer));
        }
      }
    }
    // a sentence with no stance word affirms every verb it shares with a negated one elsewhere
    for (StorySentences.Item item : clear) {
      Set<String> keys = new HashSet<>();
      for (Token t : tokensOf.get(item)) {
        String stem = stemmer.stem(t.lower());
        if (negatedStems.contains(stem) && !inQuote(item, t.start()) && keys.add(stem)) {
          out.add(claim(item, stem, t.text(), true, entities, stemmer));
        }
      }
    }
    // sides in reading order, as every kind's are
    Map<StorySentences.Item, Integer> position = new IdentityHashMap<>();
    sentences.forEach(item -> position.put(item, position.size()));
    out.sort(Comparator.comparingInt(c -> position.get(c.item())));
    return out;
  }

  private static ConflictFinder.Claim<Stance> claim(StorySentences.Item item, String key, String shown,
      boolean affirmed, EntityResolution entities, PorterStemmer stemmer) {
    Map<String, Integer> rest = new HashMap<>(item.vector());
    Words.tokens(shown).forEach(w -> rest.remove(stemmer.stem(w)));
    Stance stance = new Stance(affirmed, rest, entitiesOf(item, entities), attributed(item));
    // a pair is about its two verbs; a negation about the verb negated, as the first sentence writes it
    String about = key.contains("/") ? key : Words.tokens(shown).get(Words.tokens(shown).size() - 1);
    return new ConflictFinder.Claim<>(item, key, about, shown, affirmed ? "affirmed" : "denied",
        affirmed ? "affirmed" : "denied", stance);
  }

  /** Opposite stances on a claim stated alike, not both reported from a speaker. */
  static boolean disagree(Stance a, Stance b) {
    return a.affirmed() != b.affirmed() && !(a.attributed() && b.attributed()) && a.entities().equals(b.entities())
        && ContentVectors.cosine(a.rest(), b.rest()) >= SAME_CLAIM;
  }

  private record Token(String text, String lower, int start, int end) {}

  private static List<Token> tokens(String text) {
    List<Token> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      out.add(new Token(m.group(), m.group().toLowerCase(Locale.ROOT).replace('’', '\''), m.start(), m.end()));
    }
    return out;
  }

  /** The stance words of a sentence: each negated word (with its auxiliary) and each opposite verb not negated. */
  private static List<Marker> markers(List<Token> tokens, String text, PorterStemmer stemmer) {
    List<Marker> out = new ArrayList<>();
    Set<Integer> used = new HashSet<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!NEGATORS.contains(t.lower()) && !t.lower().endsWith("n't")) {
        continue;
      }
      int j = i + 1;
      while (j < tokens.size() && j <= i + 3 && BETWEEN.contains(tokens.get(j).lower())) {
        j++;
      }
      if (j >= tokens.size() || Words.isStopword(tokens.get(j).lower()) || tokens.get(j).lower().length() < 3
          || !Character.isLowerCase(tokens.get(j).text().charAt(0)) || !text.substring(t.end(), tokens.get(j).start())
              .matches("[\\p{L}'’\\s]*")) {
        // "not only", "not Smith", "not, however," negate no verb we can compare: the stance is unclear
        out.add(new Marker(t.text(), List.of(), false, t.start()));
        continue;
      }
      Token verb = tokens.get(j);
      int from = t.start();
      if (t.lower().equals("not") && i > 0 && AUXILIARIES.contains(tokens.get(i - 1).lower())) {
        from = tokens.get(i - 1).start();
      }
      String shown = text.substring(from, verb.end());
      List<String> pairs = PAIRS_OF.get(verb.lower());
      if (pairs != null) {
        out.add(new Marker(shown, pairs, !AFFIRMS.get(verb.lower()), from));
      } else {
        out.add(new Marker(shown, List.of(stemmer.stem(verb.lower())), false, from));
      }
      used.add(j);
    }
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      List<String> pairs = PAIRS_OF.get(t.lower());
      if (pairs != null && !used.contains(i)) {
        out.add(new Marker(t.text(), pairs, AFFIRMS.get(t.lower()), t.start()));
      }
    }
    return out;
  }

  /** Whether the character at {@code offset} in the item's sentence is inside a quote: a quote is no outlet's stance. */
  private static boolean inQuote(StorySentences.Item item, int offset) {
    int at = item.sentence().start() + offset;
    for (Quote q : item.article().quotes()) {
      if (q.start() <= at && at < q.end()) {
        return true;
      }
    }
    return false;
  }

  private static boolean attributed(StorySentences.Item item) {
    for (Quote q : item.article().quotes()) {
      if (q.sentence() == item.sentence().index()) {
        return true;
      }
    }
    return Words.tokens(item.sentence().text()).stream().anyMatch(NewsWords.SPEAKER_WORDS::contains);
  }

  /** The entities a sentence's claim names; the speaker it is attributed to ("Vell Mining said") is no part of the claim. */
  private static Set<String> entitiesOf(StorySentences.Item item, EntityResolution entities) {
    Sentence s = item.sentence();
    String body = item.article().article().body();
    Set<String> out = new TreeSet<>();
    for (Mention m : item.article().mentions()) {
      if (m.sentence() == s.index() && m.start() >= s.start() && m.end() <= s.end() && !isSpeaker(body, m)) {
        out.add(entities.entityOf(m.text()).map(Entity::name).orElse(m.text()));
      }
    }
    return out;
  }

  /** "Vell Mining said", "said Vell Mining", "according to Vell Mining": a name right beside a reporting word. */
  private static final Pattern SPEAKER_AFTER = Pattern.compile("^\\s+(?:" + SentenceFilter.alternation(NewsWords.SPEAKER_WORDS) + ")\\b");
  private static final Pattern SPEAKER_BEFORE = Pattern.compile("(?:\\bsaid|\\bsays|\\baccording to)\\s+$");

  private static boolean isSpeaker(String body, Mention m) {
    return SPEAKER_AFTER.matcher(body.substring(m.end(), Math.min(body.length(), m.end() + 14))).find()
        || SPEAKER_BEFORE.matcher(body.substring(Math.max(0, m.start() - 16), m.start())).find();
  }
}
