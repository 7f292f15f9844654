package dev.parallax.brief;

import dev.parallax.model.Conflict;
import dev.parallax.model.ConflictValue;
import dev.parallax.model.Entity;
import dev.parallax.nlp.EntityResolution;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.ToDoubleBiFunction;

/**
 * Finds values the outlets of a story disagree on: sentences of different outlets that give a value
 * for the same thing (a count of "homes", an "amount ($)", the date something "reopens"), in
 * similar words (cosine at least {@value #SAME_CONTEXT}), with values that contradict each other
 * (212 homes against 190; "by year's end" against "late February next year"). An outlet that
 * itself gives both values contradicts no one on them: the two then measure different things. The
 * values are the ones the analysis stage found ({@link NumberClaims}, {@link DateClaims}), and the
 * places, names and stances of alike sentences ({@link PlaceClaims}, {@link NameClaims}, {@link StanceClaims}).
 */
final class ConflictFinder {
  static final double SAME_CONTEXT = 0.3;

  /**
   * A value one sentence gives for a thing.
   *
   * @param key        what the value is of, as compared ("home", "amount ($)", "reopen")
   * @param about      the same as a reader says it ("homes")
   * @param shown      the value as written in the sentence
   * @param normalized the value as compared, in a form a reader can check
   * @param side       claims with the same side give the same value ("about $14 million" and
   *                   "$14 million")
   * @param value      the value itself, for the kind's own test of disagreement
   */
  record Claim<T>(StorySentences.Item item, String key, String about, String shown, String normalized, String side,
      T value) {}

  /**
   * How values of one kind compare.
   *
   * @param disagree  whether two values contradict each other
   * @param impliedBy whether the first value says nothing the second does not ("more than 200" given
   *                  212): such a side is left out of a conflict that has the second
   * @param sameContext the least content cosine at which two sentences giving these values are
   *                  taken to be about the same thing
   */
  record Rules<T>(BiPredicate<T, T> disagree, BiPredicate<T, T> impliedBy, ToDoubleBiFunction<T, T> sameContext) {
    Rules(BiPredicate<T, T> disagree, BiPredicate<T, T> impliedBy) {
      this(disagree, impliedBy, (a, b) -> SAME_CONTEXT);
    }
  }

  private ConflictFinder() {}

  /** Conflicts among {@code sentences}, names taken as written (no entity resolution). */
  static List<Conflict> find(List<StorySentences.Item> sentences, Set<String> opinionIds) {
    return find(sentences, opinionIds, NO_RESOLUTION);
  }

  /**
   * Conflicts among {@code sentences}, places and names compared as the {@code entities} of the
   * story; dates, places, names and stances in opinion pieces are not compared (a column's are rhetoric).
   */
  static List<Conflict> find(List<StorySentences.Item> sentences, Set<String> opinionIds, EntityResolution entities) {
    List<Conflict> conflicts = new ArrayList<>();
    conflicts.addAll(conflicts(NumberClaims.of(sentences), Conflict.NUMBER, NumberClaims.RULES));
    List<StorySentences.Item> reports = sentences.stream().filter(s -> !opinionIds.contains(s.article().id())).toList();
    conflicts.addAll(conflicts(DateClaims.of(reports), Conflict.DATE, DateClaims.RULES));
    conflicts.addAll(conflicts(PlaceClaims.of(reports, entities), Conflict.PLACE, PlaceClaims.RULES));
    conflicts.addAll(conflicts(NameClaims.of(reports, entities), Conflict.NAME, NameClaims.RULES));
    conflicts.addAll(conflicts(StanceClaims.of(reports, entities), Conflict.STANCE, StanceClaims.RULES));
    return distinct(conflicts);
  }

  /**
   * Each disagreement once: one value can fill two keys ("Judge Hanna Roos" is both the "judge" and
   * who the inquiry is "chaired by"), which would show the same sides twice.
   */
  private static List<Conflict> distinct(List<Conflict> conflicts) {
    Set<List<Object>> seen = new HashSet<>();
    List<Conflict> out = new ArrayList<>();
    for (Conflict c : conflicts) {
      List<Object> sides = new ArrayList<>(List.of(c.kind()));
      c.values().stream().map(v -> List.of(v.normalized(), v.citation(), v.outlets())).forEach(sides::add);
      if (seen.add(sides)) {
        out.add(c);
      }
    }
    return out;
  }

  private static final EntityResolution NO_RESOLUTION = new EntityResolution() {
    @Override
    public List<Entity> entities() {
      return List.of();
    }

    @Override
    public Optional<Entity> entityOf(String surface) {
      return Optional.empty();
    }
  };

  private static <T> List<Conflict> conflicts(List<Claim<T>> claims, String kind, Rules<T> rules) {
    Map<String, List<Claim<T>>> byKey = new LinkedHashMap<>();
    claims.forEach(c -> byKey.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(c));
    List<Conflict> out = new ArrayList<>();
    for (List<Claim<T>> sameThing : byKey.values()) {
      disagreement(sameThing, kind, rules).ifPresent(out::add);
    }
    return out;
  }

  /** The values of {@code claims} that some other outlet contradicts, grouped by value. */
  private static <T> Optional<Conflict> disagreement(List<Claim<T>> claims, String kind, Rules<T> rules) {
    // an outlet that gives both values does not contradict the other outlet on either
    Map<String, Set<String>> sidesOf = new LinkedHashMap<>();
    claims.forEach(c -> sidesOf.computeIfAbsent(c.item().outlet(), o -> new HashSet<>()).add(c.side()));
    Map<String, List<Claim<T>>> byValue = new LinkedHashMap<>();
    for (int i = 0; i < claims.size(); i++) {
      for (int j = i + 1; j < claims.size(); j++) {
        Claim<T> a = claims.get(i);
        Claim<T> b = claims.get(j);
        // the cheap tests first: a kind's own test may read whole articles (places)
        if (!a.item().outlet().equals(b.item().outlet())
            && !sidesOf.get(a.item().outlet()).contains(b.side()) && !sidesOf.get(b.item().outlet()).contains(a.side())
            && ContentVectors.cosine(a.item().vector(), b.item().vector())
                >= rules.sameContext().applyAsDouble(a.value(), b.value())
            && rules.disagree().test(a.value(), b.value())) {
          byValue.computeIfAbsent(a.side(), v -> new ArrayList<>()).add(a);
          byValue.computeIfAbsent(b.side(), v -> new ArrayList<>()).add(b);
        }
      }
    }
    byValue.values().removeIf(side -> byValue.values().stream().anyMatch(
        other -> other != side && rules.impliedBy().test(side.get(0).value(), other.get(0).value())));
    if (byValue.size() < 2) {
      return Optional.empty();
    }
    List<ConflictValue> values = new ArrayList<>();
    for (List<Claim<T>> side : byValue.values()) {
      Claim<T> first = side.get(0);
      TreeSet<String> outlets = new TreeSet<>();
      side.forEach(c -> outlets.add(c.item().outlet()));
      values.add(new ConflictValue(first.shown(), first.normalized(), first.item().sentence().text(),
          FactGrouper.citation(first.item()), List.copyOf(outlets)));
    }
    return Optional.of(new Conflict(claims.get(0).about(), kind, values));
  }
}
