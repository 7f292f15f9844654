package dev.parallax.brief;

import dev.parallax.model.AnalyzedArticle;
import dev.parallax.model.Sentence;
import dev.parallax.model.TimeMention;
import dev.parallax.model.TimelineEntry;
import dev.parallax.time.TimeExpression;
import dev.parallax.time.TimexType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The story's timeline: every calendar date its articles state (absolute, or relative like "on
 * Tuesday" resolved against the article's publication date), as the analysis stage found them
 * ({@link AnalyzedArticle#times()}), with the first sentence that states it and every outlet that
 * mentions it. Dates with unknown parts ("XXXX-03") and dates in opinion
 * pieces are left out.
 */
final class TimelineBuilder {
  private static final Pattern CALENDAR_DATE = Pattern.compile("\\d{4}(?:-\\d{2}(?:-\\d{2})?)?");

  private record Mention(String date, String when, AnalyzedArticle article, String outlet, Sentence sentence) {}

  private TimelineBuilder() {}

  /** Up to {@code max} entries, the most widely mentioned dates kept, in date order. */
  static List<TimelineEntry> build(StoryArticles articles, int max) {
    Map<String, List<Mention>> byDate = new LinkedHashMap<>();
    for (int i = 0; i < articles.independent().size(); i++) {
      if (articles.opinion().contains(i)) {
        continue; // a column's "today" is a demand, not an event
      }
      AnalyzedArticle a = articles.independent().get(i);
      String outlet = StorySentences.outletOf(a);
      for (TimeMention mention : a.times()) {
        TimeExpression t = mention.expression();
        if (t.type() != TimexType.DATE || !CALENDAR_DATE.matcher(t.value()).matches()) {
          continue;
        }
        Sentence sentence = a.sentences().get(mention.sentence());
        if (!SentenceFilter.isClaim(sentence.text())) {
          continue;
        }
        byDate.computeIfAbsent(t.value(), d -> new ArrayList<>()).add(new Mention(t.value(), t.text(), a, outlet, sentence));
      }
    }
    List<TimelineEntry> entries = new ArrayList<>();
    for (List<Mention> mentions : byDate.values()) {
      Mention first = mentions.get(0);
      TreeSet<String> outlets = new TreeSet<>();
      mentions.forEach(m -> outlets.add(m.outlet()));
      entries.add(new TimelineEntry(first.date(), first.when(), first.sentence().text(),
          Summarizer.citation(first.article(), first.sentence()), List.copyOf(outlets)));
    }
    return entries.stream()
        .sorted(Comparator.comparingInt((TimelineEntry e) -> -e.outlets().size()))
        .limit(max)
        .sorted(Comparator.comparing(TimelineEntry::date))
        .toList();
  }
}
