package dev.parallax.cluster;

import dev.parallax.model.AnalyzedArticle;
import dev.parallax.model.EntityType;
import dev.parallax.model.Mention;
import dev.parallax.model.NumberMention;
import dev.parallax.model.PublicationDate;
import dev.parallax.model.Sentence;
import dev.parallax.model.TimeMention;
import dev.parallax.time.TimexType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns an analysed article into {@link ArticleFeatures}: title-weighted content-word frequencies,
 * title and lead words apart, entity-key frequencies overall and per type (each word of a multi-word
 * name also counts half), all sublinear ({@code 1 + ln count}, so one repeated word does not
 * dominate) and of unit length (so long articles do not outweigh short ones in a centroid); and the
 * sets of names it dwells on, of numbers and of the days it mentions. Not thread-safe.
 */
final class ArticleVectorizer {
  private static final double NAME_WORD_WEIGHT = 0.5;
  /** Sentences that make the lead. */
  private static final int LEAD_SENTENCES = 3;
  /** Plain counts up to this are too common ("two officers", "10 days") to tell events apart. */
  private static final double SMALL_COUNT = 10;
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final List<EntityType> NAME_TYPES =
      List.of(EntityType.PERSON, EntityType.ORGANISATION, EntityType.PLACE);

  private final ContentWords contentWords = new ContentWords();
  private final double titleWeight;

  ArticleVectorizer(double titleWeight) {
    this.titleWeight = titleWeight;
  }

  ArticleFeatures vectorize(AnalyzedArticle analyzed) {
    Map<String, Double> counts = new HashMap<>();
    for (String word : contentWords.of(analyzed.article().body())) {
      counts.merge(word, 1.0, Double::sum);
    }
    Map<String, Double> title = new HashMap<>();
    for (String word : contentWords.of(analyzed.article().title())) {
      counts.merge(word, titleWeight, Double::sum);
      title.merge(word, 1.0, Double::sum);
    }
    Map<String, Double> entityCounts = entityCounts(analyzed.mentions());
    Map<EntityType, Map<String, Double>> typed = new EnumMap<>(EntityType.class);
    for (EntityType type : NAME_TYPES) {
      Map<String, Double> ofType = entityCounts(analyzed.mentions().stream().filter(m -> m.type() == type).toList());
      if (!ofType.isEmpty()) {
        typed.put(type, unitSublinear(ofType));
      }
    }
    Set<String> often = new HashSet<>();
    entityCounts.forEach((key, count) -> {
      if (count >= 2) {
        often.add(key);
      }
    });
    return new ArticleFeatures(unitSublinear(counts), unitSublinear(entityCounts),
        analyzed.article().published().map(PublicationDate::date), unitSublinear(title),
        unitSublinear(leadCounts(analyzed)), typed, often, numbers(analyzed.numbers()), days(analyzed.times()));
  }

  private Map<String, Double> leadCounts(AnalyzedArticle analyzed) {
    Map<String, Double> lead = new HashMap<>();
    List<Sentence> sentences = analyzed.sentences();
    for (int i = 0; i < sentences.size() && i < LEAD_SENTENCES; i++) {
      for (String word : contentWords.of(sentences.get(i).text())) {
        lead.merge(word, 1.0, Double::sum);
      }
    }
    return lead;
  }

  private static Set<String> numbers(List<NumberMention> numbers) {
    Set<String> keys = new HashSet<>();
    for (NumberMention n : numbers) {
      double value = n.quantity().value();
      String unit = n.quantity().unit();
      boolean plainSmall = unit.isEmpty() && value == Math.rint(value) && Math.abs(value) <= SMALL_COUNT;
      if (!plainSmall && Double.isFinite(value)) {
        keys.add(String.format(Locale.ROOT, "%.6g|%s", value, unit));
      }
    }
    return keys;
  }

  private static Set<LocalDate> days(List<TimeMention> times) {
    Set<LocalDate> days = new HashSet<>();
    for (TimeMention t : times) {
      String value = t.expression().value();
      if (t.expression().type() == TimexType.DATE && value.length() >= 10 && DAY.matcher(value.substring(0, 10)).matches()) {
        try {
          days.add(LocalDate.parse(value.substring(0, 10)));
        } catch (DateTimeParseException e) {
          // a day that does not exist (a misread "February 30"): not an event time
        }
      }
    }
    return days;
  }

  private static Map<String, Double> entityCounts(List<Mention> mentions) {
    Map<String, Double> counts = new HashMap<>();
    for (Mention mention : mentions) {
      String key = EntityKeys.normalise(mention.text());
      if (key.isEmpty()) {
        continue;
      }
      counts.merge(key, 1.0, Double::sum);
      String[] words = key.split(" ");
      if (words.length > 1) {
        // each word of a longer name counts half: "Petra Halloway" then meets "Halloway" and
        // "Mayor Halloway", the variants other outlets use
        for (String word : words) {
          if (word.length() > 1 && !ContentWords.STOPWORDS.contains(word)) {
            counts.merge(word, NAME_WORD_WEIGHT, Double::sum);
          }
        }
      }
    }
    return counts;
  }

  private static Map<String, Double> unitSublinear(Map<String, Double> counts) {
    Map<String, Double> weights = new HashMap<>();
    double squares = 0;
    for (Map.Entry<String, Double> e : counts.entrySet()) {
      double w = e.getValue() >= 1 ? 1 + Math.log(e.getValue()) : e.getValue();
      weights.put(e.getKey(), w);
      squares += w * w;
    }
    double norm = Math.sqrt(squares);
    if (norm > 0) {
      weights.replaceAll((k, w) -> w / norm);
    }
    return weights;
  }
}
