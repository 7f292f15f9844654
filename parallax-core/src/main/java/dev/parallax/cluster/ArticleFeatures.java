package dev.parallax.cluster;

import dev.parallax.model.EntityType;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What clustering compares of one article, before corpus weighting. Every vector is of sublinear
 * counts scaled to unit length.
 *
 * @param terms       stemmed content word of body and title (title words counted extra) to weight
 * @param entities    normalised entity key (of any type) to weight
 * @param date        the publication date, when known
 * @param titleTerms  content words of the title alone
 * @param leadTerms   content words of the first sentences (the lead, where a report states its event)
 * @param typedNames  per entity type (people, organisations, places), that type's keys to weight
 * @param oftenNames  entity keys the article mentions at least twice (a name it is about, not one it
 *                    passes by)
 * @param numbers     numbers with their unit ({@code "250|USD"}), small plain counts left out
 * @param eventDates  the days the text mentions, resolved against its date
 */
record ArticleFeatures(Map<String, Double> terms, Map<String, Double> entities, Optional<LocalDate> date,
    Map<String, Double> titleTerms, Map<String, Double> leadTerms, Map<EntityType, Map<String, Double>> typedNames,
    Set<String> oftenNames, Set<String> numbers, Set<LocalDate> eventDates) {
  ArticleFeatures {
    terms = Map.copyOf(terms);
    entities = Map.copyOf(entities);
    titleTerms = Map.copyOf(titleTerms);
    leadTerms = Map.copyOf(leadTerms);
    Map<EntityType, Map<String, Double>> typed = new EnumMap<>(EntityType.class);
    typedNames.forEach((type, names) -> typed.put(type, Map.copyOf(names)));
    typedNames = typed;
    oftenNames = Set.copyOf(oftenNames);
    numbers = Set.copyOf(numbers);
    eventDates = Set.copyOf(eventDates);
  }

  /** Features with words, names and date only (the other parts empty). */
  ArticleFeatures(Map<String, Double> terms, Map<String, Double> entities, Optional<LocalDate> date) {
    this(terms, entities, date, Map.of(), Map.of(), Map.of(), Set.of(), Set.of(), Set.of());
  }

  /** The names of one type, empty when it has none. */
  Map<String, Double> names(EntityType type) {
    return typedNames.getOrDefault(type, Map.of());
  }
}
