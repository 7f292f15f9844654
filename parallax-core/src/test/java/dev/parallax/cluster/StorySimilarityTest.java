package dev.parallax.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StorySimilarityTest {
  private final DocumentFrequencies terms = new DocumentFrequencies();
  private final DocumentFrequencies entities = new DocumentFrequencies();
  private final StorySimilarity similarity = new StorySimilarity(ClusteringConfig.DEFAULTS, terms, entities);

  @Test
  void timeFactor_withinGraceOrUndated_isOne() {
    StoryProfile story = storyDated("2026-03-01", "2026-03-04");

    assertThat(similarity.timeFactor(date("2026-03-10"), story)).isEqualTo(1.0);
    assertThat(similarity.timeFactor(date("2026-02-23"), story)).isEqualTo(1.0);
    assertThat(similarity.timeFactor(Optional.empty(), story)).isEqualTo(1.0);
    assertThat(similarity.timeFactor(date("2026-09-01"), storyDated())).isEqualTo(1.0);
  }

  @Test
  void timeFactor_growsStrongWithTheGap() {
    StoryProfile story = storyDated("2026-01-01");

    assertThat(similarity.timeFactor(date("2026-01-29"), story)).isCloseTo(0.5, within(1e-9));
    assertThat(similarity.timeFactor(date("2026-03-02"), story)).isLessThan(0.2);
    assertThat(similarity.timeFactor(date("2026-06-01"), story)).isLessThan(0.01);
  }

  @Test
  void score_undatedArticleWhoseTextIsDatedYearsAway_isKeptOutOfADatedStory_nearerOnesAreNot() {
    StoryProfile story = storyDated("1998-11-04", "1998-12-21");
    ArticleFeatures missileTest = undated(2016);
    ArticleFeatures anniversaryPiece = undated(2003);
    ArticleFeatures noEra = new ArticleFeatures(Map.of("x", 1.0), Map.of(), Optional.empty(), Optional.empty());

    assertThat(similarity.score(missileTest, story).total()).isZero();
    assertThat(similarity.outOfTime(missileTest, story)).isTrue();
    assertThat(similarity.score(anniversaryPiece, story).total()).isCloseTo(1.0, within(1e-9));
    assertThat(similarity.score(noEra, story).total()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void score_datedArticle_againstAStoryOfUndatedArticles_isJudgedByTheirEras_andUndatedOnesAreNot() {
    StoryProfile undatedStory = new StoryProfile("s", 0);
    undatedStory.add("a", undated(2016), 200, terms::idf, entities::idf);
    undatedStory.add("b", undated(2017), 200, terms::idf, entities::idf);
    ArticleFeatures from1998 = new ArticleFeatures(Map.of("x", 1.0), Map.of(), date("1998-11-10"));
    ArticleFeatures from2019 = new ArticleFeatures(Map.of("x", 1.0), Map.of(), date("2019-03-01"));

    assertThat(similarity.score(from1998, undatedStory).total()).isZero();
    assertThat(similarity.score(from2019, undatedStory).total()).isCloseTo(1.0, within(1e-9));
    // the nearest era counts, not their span: 1950 and 2016 do not let a 1998 article in
    StoryProfile scattered = new StoryProfile("t", 1);
    scattered.add("c", undated(1950), 200, terms::idf, entities::idf);
    scattered.add("d", undated(2016), 200, terms::idf, entities::idf);
    assertThat(similarity.score(from1998, scattered).total()).isZero();
    assertThat(similarity.score(from2019, scattered).total()).isCloseTo(1.0, within(1e-9));
    // undated against undated: the eras of one story's articles scatter too widely to judge by
    assertThat(similarity.score(undated(1990), undatedStory).total()).isCloseTo(1.0, within(1e-9));
    // once its 2016 article is taken out, the story still has its 2017 one
    undatedStory.remove("a", undated(2016));
    assertThat(undatedStory.eras()).containsOnlyKeys(2017);
  }

  @Test
  void era_ofADatedArticle_isAlwaysEmpty() {
    assertThat(new ArticleFeatures(Map.of(), Map.of(), date("2026-01-01"), Optional.of(2016)).era()).isEmpty();
  }

  private static ArticleFeatures undated(int era) {
    return new ArticleFeatures(Map.of("x", 1.0), Map.of(), Optional.empty(), Optional.of(era));
  }

  @Test
  void score_withoutEntitiesOnEitherSide_isTheLexicalCosine() {
    ArticleFeatures article = new ArticleFeatures(Map.of("flood", 1.0), Map.of(), Optional.empty());
    StoryProfile story = new StoryProfile("s", 0);
    story.add("x", new ArticleFeatures(Map.of("flood", 1.0), Map.of("dunmere", 1.0), Optional.empty()),
        200, terms::idf, entities::idf);

    StorySimilarity.Score score = similarity.score(article, story);

    assertThat(score.lexical()).isCloseTo(1.0, within(1e-9));
    assertThat(score.total()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void storyProfile_keepsOnlyTheHeaviestTerms() {
    StoryProfile story = new StoryProfile("s", 0);
    for (int i = 0; i < 5; i++) {
      story.add("a" + i, new ArticleFeatures(Map.of("common", 1.0, "rare" + i, 0.1), Map.of(), Optional.empty()),
          3, terms::idf, entities::idf);
    }

    assertThat(story.termSums()).hasSize(3).containsKey("common");
    assertThat(story.articleIds()).hasSize(5);
  }

  @Test
  void candidateIndex_replacingKeys_dropsOldPostings() {
    CandidateIndex index = new CandidateIndex();
    index.put(0, List.of("t:flood", "e:dunmere"));
    index.put(1, List.of("t:flood"));
    index.put(0, List.of("e:dunmere"));

    assertThat(index.bestCandidates(List.of("t:flood"), 10)).containsExactly(1);
    assertThat(index.bestCandidates(List.of("e:dunmere", "t:flood"), 10)).containsExactly(0, 1);
    assertThat(index.bestCandidates(List.of("t:comet"), 10)).isEmpty();
  }

  private StoryProfile storyDated(String... dates) {
    StoryProfile story = new StoryProfile("s", 0);
    for (String d : dates) {
      story.add(d, new ArticleFeatures(Map.of("x", 1.0), Map.of(), date(d)), 200, terms::idf, entities::idf);
    }
    return story;
  }

  private static Optional<LocalDate> date(String iso) {
    return Optional.of(LocalDate.parse(iso));
  }
}
