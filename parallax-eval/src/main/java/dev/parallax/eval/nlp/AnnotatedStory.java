package dev.parallax.eval.nlp;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Articles about one event, whose entity keys are shared: the unit an {@code EntityResolver} is
 * run on.
 *
 * @param name     the story's folder name
 * @param entities its entities by key
 * @param articles its articles, in file-name order
 */
public record AnnotatedStory(String name, Map<String, GoldEntity> entities, List<AnnotatedArticle> articles) {
  public AnnotatedStory {
    entities = new TreeMap<>(entities);
    articles = List.copyOf(articles);
  }
}
