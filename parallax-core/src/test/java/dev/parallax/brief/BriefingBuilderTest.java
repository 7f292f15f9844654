package dev.parallax.brief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.AnalyzedArticle;
import dev.parallax.model.Briefing;
import dev.parallax.model.Citation;
import dev.parallax.model.CopyLink;
import dev.parallax.model.Entity;
import dev.parallax.model.EntityType;
import dev.parallax.model.SourceEntry;
import dev.parallax.model.SummarySentence;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BriefingBuilderTest {
  private final List<AnalyzedArticle> articles = StoryFixtures.bridgeStory();
  private final AnalyzedArticle wireCopy = articles.get(4);
  private final Briefing briefing = new BriefingBuilder().build(
      StoryFixtures.story(articles, List.of(new CopyLink(wireCopy.id(), articles.get(0).id(), 0.93))),
      StoryFixtures.entities(new Entity("Maria Okafor-Lind", EntityType.PERSON, List.of("Okafor-Lind"), 5,
          articles.stream().map(AnalyzedArticle::id).sorted().toList())));

  @Test
  void summary_everySentenceIsVerbatimAtItsCitations() {
    Map<String, AnalyzedArticle> byId = articles.stream().collect(Collectors.toMap(AnalyzedArticle::id, Function.identity()));
    assertThat(briefing.summary()).hasSizeBetween(3, 6);
    for (SummarySentence s : briefing.summary()) {
      for (Citation c : s.citations()) {
        assertThat(byId.get(c.articleId()).article().body().substring(c.start(), c.end())).isEqualTo(s.text());
      }
    }
    assertThat(briefing.dropped()).isEmpty();
  }

  @Test
  void summary_neverQuotesTheOpinionPieceOrAQuestion() {
    String opinionId = articles.get(3).id();
    assertThat(briefing.summary())
        .allSatisfy(s -> assertThat(s.citations()).noneMatch(c -> c.articleId().equals(opinionId)))
        .allSatisfy(s -> assertThat(s.text()).doesNotEndWith("?"));
  }

  @Test
  void summary_sentenceSharedWithWireCopy_citesBothArticles() {
    AnalyzedArticle original = articles.get(0);
    Briefing pair = new BriefingBuilder().build(
        StoryFixtures.story(List.of(original, wireCopy), List.of(new CopyLink(wireCopy.id(), original.id(), 0.93))),
        StoryFixtures.entities());
    assertThat(pair.summary()).isNotEmpty().allSatisfy(s -> {
      List<String> cited = s.citations().stream().map(Citation::articleId).toList();
      Citation first = s.citations().get(0);
      String sourceSentence = original.article().body().substring(first.start(), first.end());
      if (wireCopy.article().body().contains(sourceSentence)) {
        assertThat(cited).containsExactly(original.id(), wireCopy.id());
      } else {
        assertThat(cited).containsExactly(original.id());
      }
    });
    assertThat(pair.summary()).anyMatch(s -> s.citations().size() == 2);
  }

  @Test
  void summary_doesNotRepeatTheSameFact() {
    long closures = briefing.summary().stream().filter(s -> s.text().contains("closed")).count();
    assertThat(closures).isEqualTo(1);
  }

  @Test
  void headline_isAReportingTitleNotTheOpinionOne() {
    assertThat(briefing.headline()).doesNotContain("Shameful");
    assertThat(briefing.sources().get(briefing.headlineSource() - 1).title()).isEqualTo(briefing.headline());
  }

  @Test
  void sources_markTheWireCopyAndCountItsOutletOnce() {
    SourceEntry copy = briefing.sources().stream().filter(s -> s.articleId().equals(wireCopy.id())).findFirst().orElseThrow();
    assertThat(copy.copyOf()).contains(articles.get(0).id());
    assertThat(briefing.sources()).hasSize(5);
    assertThat(briefing.independentOutlets()).isEqualTo(4);
  }

  @Test
  void sources_areNumberedByDateThenSource() {
    assertThat(briefing.sources()).extracting(SourceEntry::number).containsExactly(1, 2, 3, 4, 5);
    assertThat(briefing.sources()).extracting(SourceEntry::source)
        .containsExactly("gazette.txt", "kestrel.html", "valley.txt", "wire-copy.txt", "opinion.txt");
  }

  @Test
  void quotes_areVerbatimOnceEachWithCanonicalSpeaker() {
    assertThat(briefing.quotes()).singleElement().satisfies(q -> {
      assertThat(q.text()).isEqualTo("We will not reopen the bridge until every weld has been checked,");
      assertThat(q.speaker()).contains("Maria Okafor-Lind");
    });
  }

  @Test
  void build_isDeterministic() {
    Briefing again = new BriefingBuilder().build(
        StoryFixtures.story(articles, List.of(new CopyLink(wireCopy.id(), articles.get(0).id(), 0.93))),
        StoryFixtures.entities(new Entity("Maria Okafor-Lind", EntityType.PERSON, List.of("Okafor-Lind"), 5,
            articles.stream().map(AnalyzedArticle::id).sorted().toList())));
    assertThat(again).isEqualTo(briefing);
  }
}
