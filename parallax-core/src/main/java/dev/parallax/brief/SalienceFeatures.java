package dev.parallax.brief;

import dev.parallax.model.Story;
import java.util.ArrayList;
import java.util.List;

/**
 * The salience features of every summary candidate of a story, for fitting the weights of the
 * summarizer's sentence prior against reference summaries (parallax-eval); not needed to summarise.
 */
public final class SalienceFeatures {
  private SalienceFeatures() {}

  /**
   * One candidate.
   *
   * @param article  its article's position among the story's independent articles
   * @param index    its sentence's index in the article
   * @param text     the text a summary would show
   * @param features its features, named by {@link #names()}
   */
  public record Row(int article, int index, String text, List<Double> features) {}

  /** The feature names, in the order of {@link Row#features()}. */
  public static List<String> names() {
    return SentenceSalience.NAMES;
  }

  /** Every candidate of the story with its features, in article and sentence order. */
  public static List<Row> of(Story story) {
    StoryArticles articles = StoryArticles.of(story);
    List<Row> rows = new ArrayList<>();
    new SummarySelector(SummaryConfig.DEFAULT).features(articles.independent()).forEach((c, f) -> {
      List<Double> values = new ArrayList<>();
      for (double x : f) {
        values.add(x);
      }
      rows.add(new Row(c.article(), c.sentence().index(), c.text(), List.copyOf(values)));
    });
    return rows;
  }
}
