package dev.parallax.brief;

import dev.parallax.model.Entity;
import dev.parallax.model.EntityType;
import dev.parallax.model.Mention;
import dev.parallax.model.Sentence;
import dev.parallax.nlp.EntityResolution;
import dev.parallax.text.Words;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * Where a story's sentences put an event: a place name in the location slot ("crashed near
 * Altmoor", "was held in the Dunmere hall") and the word it locates, the nearest content word in
 * lower case before the preposition ("crashed"); not a place of a list ("felt in Altmoor, Brindle
 * and Carrow") or of "town, region", which name no single location. Two places of the same word disagree only when
 * each is a different entity and neither is named anywhere in the other outlet's article: a town
 * and the province around it, or both ends of a route, are then both known to each outlet, and
 * naming another is no contradiction.
 */
final class PlaceClaims {
  /**
   * A place as compared.
   *
   * @param entity the canonical name of the place
   * @param names  every way the story writes it (canonical name, variants, the surface form)
   * @param body   the body of the article naming it here, to look for the other side's place
   * @param rest   the content vector of its sentence without the place's name: two sentences that
   *               differ only in the place must not look unlike for it
   */
  record Located(String entity, Set<String> names, String body, Map<String, Integer> rest) {}

  /**
   * Same fact group: the two sentences must say largely the same thing (the fact grouper's
   * threshold), compared without their places in {@link #disagree}.
   */
  static final ConflictFinder.Rules<Located> RULES = new ConflictFinder.Rules<>(PlaceClaims::disagree,
      (a, b) -> false, (a, b) -> 0.0);

  /** "in", "at", "near", "outside", "on" (a street, an island) and the like, right before the name (an article allowed). */
  private static final Pattern SLOT = Pattern.compile(
      "(?i)(?<!\\p{L})(?:in|at|near|outside|off|inside|on)\\s+(?:the\\s+)?$");
  /** The words before the slot, back to the start of the clause. */
  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");
  /** Words between a verb and its place that are no verb of the event ("crashed early on Tuesday near"). */
  private static final Set<String> NOT_THE_EVENT = Set.of("early", "late", "today", "yesterday", "tonight",
      "morning", "afternoon", "evening", "night", "overnight", "week", "weekend", "month", "day");

  private PlaceClaims() {}

  static List<ConflictFinder.Claim<Located>> of(List<StorySentences.Item> sentences, EntityResolution entities) {
    List<ConflictFinder.Claim<Located>> out = new ArrayList<>();
    PorterStemmer stemmer = new PorterStemmer();
    for (StorySentences.Item item : sentences) {
      Sentence s = item.sentence();
      String body = item.article().article().body();
      for (Mention m : item.article().mentions()) {
        if (m.type() != EntityType.PLACE || m.sentence() != s.index() || m.start() < s.start() || m.end() > s.end()) {
          continue;
        }
        Matcher slot = SLOT.matcher(body).region(Math.max(s.start(), m.start() - 12), m.start())
            .useTransparentBounds(true);
        if (!slot.find() || inList(body, m, item.article().mentions())) {
          continue;
        }
        String located = locatedWord(body.substring(s.start(), slot.start()));
        if (located.isEmpty()) {
          continue;
        }
        Optional<Entity> entity = entities.entityOf(m.text());
        String canonical = entity.map(Entity::name).orElse(m.text());
        Set<String> names = writtenNames(m.text(), entity);
        Map<String, Integer> rest = ContentVectors.without(item.vector(), m.text(), stemmer);
        out.add(new ConflictFinder.Claim<>(item, stemmer.stem(located), located, m.text(), canonical, canonical,
            new Located(canonical, Set.copyOf(names), body, rest)));
      }
    }
    return out;
  }

  /**
   * The word a place slot locates: the last content word in lower case before it, within its
   * clause (no comma between); empty when there is none.
   */
  private static String locatedWord(String before) {
    int clause = Math.max(before.lastIndexOf(','), Math.max(before.lastIndexOf(';'), before.lastIndexOf('"')));
    Matcher w = WORD.matcher(before.substring(clause + 1));
    String last = "";
    while (w.find()) {
      String word = w.group();
      String lower = word.toLowerCase(Locale.ROOT);
      if (Character.isLowerCase(word.charAt(0)) && !Words.isStopword(lower) && !NOT_THE_EVENT.contains(lower)) {
        last = lower;
      }
    }
    return last;
  }

  /** What joins the places of a list, or a town to its region: "Chillan, Talca and Concepcion", "Wye Mills, Md.". */
  private static final Pattern LIST_GAP = Pattern.compile("\\s*(?:,|,?\\s*and|,?\\s*or|/)\\s*");

  /**
   * Whether {@code m} is one place of a list or a "town, region" pair: it then names no single
   * location of the event ("felt in Chillan, Talca and Concepcion").
   */
  private static boolean inList(String body, Mention m, List<Mention> mentions) {
    for (Mention o : mentions) {
      if (o == m || o.type() != EntityType.PLACE) {
        continue;
      }
      if (o.start() >= m.end() && o.start() - m.end() <= 7 && LIST_GAP.matcher(body).region(m.end(), o.start()).matches()
          || o.end() <= m.start() && m.start() - o.end() <= 7
          && LIST_GAP.matcher(body).region(o.end(), m.start()).matches()) {
        return true;
      }
    }
    return false;
  }

  /** Every way the story writes a name: as written here, its canonical name and its variants. */
  static Set<String> writtenNames(String surface, Optional<Entity> entity) {
    Set<String> names = new LinkedHashSet<>();
    names.add(surface);
    entity.ifPresent(e -> {
      names.add(e.name());
      names.addAll(e.variants());
    });
    return names;
  }

  /** Different places in sentences alike without them, and neither outlet names the other's anywhere in its article. */
  static boolean disagree(Located a, Located b) {
    return !a.entity().equals(b.entity()) && ContentVectors.cosine(a.rest(), b.rest()) >= FactGrouper.SAME_FACT && !namesAny(b.body(), a.names()) && !namesAny(a.body(), b.names());
  }

  /** Whether {@code body} writes any of {@code names} as whole words. */
  static boolean namesAny(String body, Set<String> names) {
    for (String name : names) {
      if (Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])").matcher(body).find()) {
        return true;
      }
    }
    return false;
  }
}
