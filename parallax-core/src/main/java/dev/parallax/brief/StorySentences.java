package dev.parallax.brief;

import dev.parallax.model.AnalyzedArticle;
import dev.parallax.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The claim-bearing sentences of a story's independent articles, with what facts and conflicts
 * compare: the article's outlet and the sentence's content vector. Datelines are stripped.
 */
final class StorySentences {
  /** Sentences read per article: leads carry the facts, and it bounds the work on long stories. */
  private static final int MAX_PER_ARTICLE = 25;

  record Item(AnalyzedArticle article, String outlet, Sentence sentence, Map<String, Integer> vector) {}

  private StorySentences() {}

  static List<Item> of(StoryArticles articles) {
    return of(articles, SentenceFilter::isClaim);
  }

  /** The sentences that may give a conflicting value ({@link SentenceFilter#givesValue}). */
  static List<Item> givingValues(StoryArticles articles) {
    return of(articles, SentenceFilter::givesValue);
  }

  private static List<Item> of(StoryArticles articles, java.util.function.Predicate<String> keep) {
    List<Item> out = new ArrayList<>();
    for (AnalyzedArticle a : articles.independent()) {
      String outlet = outletOf(a);
      a.sentences().stream()
          .limit(MAX_PER_ARTICLE)
          .map(Datelines::strip)
          .filter(s -> keep.test(s.text()))
          .forEach(s -> out.add(new Item(a, outlet, s, ContentVectors.of(s.text()))));
    }
    return out;
  }

  static String outletOf(AnalyzedArticle a) {
    return a.article().outlet().orElse(a.article().source());
  }
}
