package dev.parallax.cluster;

import static dev.parallax.cluster.FictionalNews.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.AnalyzedArticle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StorySplitterTest {
  private final ClusteringConfig config = ClusteringConfig.DEFAULTS;
  private final ArticleVectorizer vectorizer = new ArticleVectorizer(config.titleWeight());
  private final DocumentFrequencies terms = new DocumentFrequencies();
  private final DocumentFrequencies entities = new DocumentFrequencies();
  private final StorySplitter splitter =
      new StorySplitter(new StorySimilarity(config, terms, entities), config, terms, entities);

  StorySplitterTest() {
    List<AnalyzedArticle> corpus = new java.util.ArrayList<>(threeEventsAndTwoSingletons());
    corpus.addAll(List.of(RESIGNATION_1, RESIGNATION_2, RESIGNATION_3));
    for (AnalyzedArticle article : corpus) {
      ArticleFeatures features = vectorizer.vectorize(article);
      terms.add(features.terms().keySet());
      entities.add(features.entities().keySet());
    }
  }

  @Test
  void splitOff_takeoverAndResignationInOneStory_splitsOffTheResignation() {
    assertThat(splitter.splitOff(story(MERGER_1, MERGER_2, MERGER_3, RESIGNATION_1, RESIGNATION_2, RESIGNATION_3)))
        .contains(List.of("resign-1", "resign-2", "resign-3"));
  }

  @Test
  void splitOff_oneEventToldByFourOutlets_isNotSplit() {
    assertThat(splitter.splitOff(story(FLOOD_1, FLOOD_2, FLOOD_3, FLOOD_4))).isEmpty();
    assertThat(splitter.splitOff(story(CUP_1, CUP_2, CUP_3, CUP_4))).isEmpty();
  }

  @Test
  void splitOff_storyOfThree_isTooSmallToShowTwoEvents() {
    assertThat(splitter.splitOff(story(MERGER_1, RESIGNATION_2, RESIGNATION_3))).isEmpty();
  }

  @Test
  void splitOff_oneOutlier_isNotSplitOff() {
    // the museum reopening has nothing to do with the flood, but a group of one is for moving, not splitting
    assertThat(splitter.splitOff(story(FLOOD_1, FLOOD_2, FLOOD_3, FLOOD_4, MUSEUM))).isEmpty();
  }

  private Map<String, ArticleFeatures> story(AnalyzedArticle... articles) {
    Map<String, ArticleFeatures> story = new LinkedHashMap<>();
    for (AnalyzedArticle article : articles) {
      story.put(article.id(), vectorizer.vectorize(article));
    }
    return story;
  }
}
