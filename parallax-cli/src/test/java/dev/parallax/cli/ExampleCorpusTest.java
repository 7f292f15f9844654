package dev.parallax.cli;

import java.util.Optional;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.brief.GroundingVerifier;
import dev.parallax.model.AnalyzedArticle;
import dev.parallax.model.Article;
import dev.parallax.model.Briefing;
import dev.parallax.model.Citation;
import dev.parallax.model.Conflict;
import dev.parallax.model.ConflictValue;
import dev.parallax.model.QuoteEntry;
import dev.parallax.model.SourceEntry;
import dev.parallax.model.Story;
import dev.parallax.model.StoryRef;
import dev.parallax.model.SummarySentence;
import dev.parallax.pipeline.BriefingPipeline;
import dev.parallax.pipeline.PipelineResult;
import dev.parallax.render.BriefingJson;
import dev.parallax.render.MarkdownRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole pipeline over the example corpus, checked against the truth in examples/README.md. */
class ExampleCorpusTest {
  static ExampleTruth truth;
  static PipelineResult result;
  static Map<String, String> storyOfSource = new HashMap<>();
  static Map<String, Article> articleBySource = new HashMap<>();

  @BeforeAll
  static void runPipeline() throws IOException {
    truth = ExampleTruth.load();
    result = new BriefingPipeline().run(List.of(ExampleTruth.EXAMPLES.resolve("corpus")));
    for (Story story : result.stories()) {
      for (AnalyzedArticle a : story.articles()) {
        storyOfSource.put(a.article().source(), story.id());
        articleBySource.put(a.article().source(), a.article());
      }
    }
  }

  @Test
  void everyExampleArticleIsRead() {
    assertThat(result.failures()).isEmpty();
    assertThat(articleBySource.keySet())
        .containsExactlyInAnyOrderElementsOf(truth.rows().stream().map(r -> ExampleTruth.asRead(r.source())).toList());
  }

  @Test
  void everyTrueStoryIsOneFoundStory() {
    for (Map.Entry<String, List<String>> story : truth.stories().entrySet()) {
      Set<String> found = story.getValue().stream()
          .map(s -> storyOfSource.get(ExampleTruth.asRead(s))).collect(Collectors.toSet());
      assertThat(found).as("articles of true story %s are in found stories %s", story.getKey(), found).hasSize(1);
    }
  }

  @Test
  void noFoundStoryMergesTwoTrueStories() {
    Map<String, String> trueStoryOf = truth.rows().stream()
        .collect(Collectors.toMap(r -> ExampleTruth.asRead(r.source()), ExampleTruth.Row::story));
    for (Story story : result.stories()) {
      Set<String> trueStories = story.articles().stream()
          .map(a -> trueStoryOf.get(a.article().source())).collect(Collectors.toSet());
      assertThat(trueStories).as("found story %s mixes true stories", story.id()).hasSize(1);
    }
  }

  @Test
  void copiesAreMarkedAsCopiesOfTheirOriginal() {
    Map<String, SourceEntry> entries = new HashMap<>();
    for (Briefing b : result.briefings()) {
      b.sources().forEach(s -> entries.put(s.source(), s));
    }
    for (ExampleTruth.Row row : truth.rows()) {
      SourceEntry entry = entries.get(ExampleTruth.asRead(row.source()));
      if (row.copyOf().isPresent()) {
        String originalId = articleBySource.get(ExampleTruth.asRead(row.copyOf().get())).id();
        assertThat(entry.copyOf()).as("%s is a copy of %s", row.source(), row.copyOf().get()).contains(originalId);
      } else {
        assertThat(entry.copyOf()).as("%s is not a copy", row.source()).isEmpty();
      }
    }
  }

  /**
   * Each summary sentence is the cited source sentence, verbatim or compressed; a compressed one must
   * pass the grounding check on its own, and the cited sentence must be in the raw page either way.
   */
  @Test
  void everySummarySentenceIsAVerbatimOrProvenCompressedSentenceOfEachCitedSource() throws IOException {
    Map<String, Article> byId = new HashMap<>();
    articleBySource.values().forEach(a -> byId.put(a.id(), a));
    for (Briefing b : result.briefings()) {
      assertThat(b.summary()).as("summary of %s", b.storyId()).isNotEmpty();
      assertThat(b.dropped()).as("grounding drops in %s", b.storyId()).isEmpty();
      for (SummarySentence s : b.summary()) {
        for (Citation c : s.citations()) {
          Article article = articleBySource.get(c.source());
          String cited = article.body().substring(c.start(), c.end());
          if (!cited.equals(s.text())) {
            Briefing alone = new Briefing(b.schemaVersion(), b.storyId(), b.headline(), b.headlineSource(), List.of(s),
                List.of(), List.of(), List.of(), b.sources(), b.entities(), List.of(), List.of(), Optional.empty());
            assertThat(new GroundingVerifier().verify(alone, byId).dropped()).as("compressed: %s", s.text()).isEmpty();
          }
          assertThat(rawVisibleText(c.source())).as("raw text of %s", c.source()).contains(normalise(cited));
        }
      }
    }
  }

  @Test
  void multiArticleStoriesHaveThreeToSixSummarySentences() {
    for (Briefing b : result.briefings()) {
      if (b.sources().size() > 1) {
        assertThat(b.summary()).as("summary of %s", b.storyId()).hasSizeBetween(3, 6);
      }
    }
  }

  @Test
  void boilerplateNeverAppearsInABriefing() throws IOException {
    List<String> boilerplate = boilerplate();
    for (Briefing b : result.briefings()) {
      List<String> texts = new ArrayList<>();
      texts.add(b.headline());
      b.summary().forEach(s -> texts.add(s.text()));
      b.quotes().forEach(q -> texts.add(q.text()));
      b.entities().forEach(e -> texts.add(e.name()));
      for (String text : texts) {
        for (String line : boilerplate) {
          boolean longLine = line.split("\\s+").length >= 4;
          if (longLine) {
            assertThat(normalise(text)).as("briefing %s", b.storyId()).doesNotContain(normalise(line));
          } else {
            assertThat(normalise(text)).as("briefing %s", b.storyId()).isNotEqualToIgnoringCase(normalise(line));
          }
        }
      }
    }
  }

  @Test
  void boilerplateNeverReachesAnArticleBody() throws IOException {
    List<String> longLines = boilerplate().stream().filter(l -> l.split("\\s+").length >= 4).toList();
    List<String> shortLines = boilerplate().stream().filter(l -> l.split("\\s+").length < 4).toList();
    List<String> leaks = new ArrayList<>();
    for (Article article : articleBySource.values()) {
      for (String paragraph : article.body().split("\n\n")) {
        String p = normalise(paragraph);
        longLines.stream().filter(l -> p.contains(normalise(l))).forEach(l -> leaks.add(article.source() + ": " + l));
        shortLines.stream().filter(l -> p.equalsIgnoreCase(normalise(l))).forEach(l -> leaks.add(article.source() + ": " + l));
      }
    }
    assertThat(leaks).isEmpty();
  }

  private static List<String> boilerplate() throws IOException {
    return Files.readAllLines(ExampleTruth.EXAMPLES.resolve("boilerplate.txt")).stream()
        .map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  @Test
  void quotesAreVerbatimAndMostHaveASpeaker() {
    int quotes = 0;
    int attributed = 0;
    for (Briefing b : result.briefings()) {
      for (QuoteEntry q : b.quotes()) {
        Citation c = q.citation();
        assertThat(articleBySource.get(c.source()).body().substring(c.start(), c.end())).isEqualTo(q.text());
        quotes++;
        attributed += q.speaker().isPresent() ? 1 : 0;
      }
    }
    assertThat(quotes).isGreaterThan(10);
    assertThat(attributed).isGreaterThanOrEqualTo((int) (0.8 * quotes));
  }

  @Test
  void conflictingFiguresOfTheCorpusAreShownWithTheirOutlets() {
    List<String> conflicts = result.briefings().stream().flatMap(b -> b.conflicts().stream())
        .map(c -> c.about() + ": " + c.values().stream().map(v -> v.value()).sorted().collect(Collectors.joining(" vs ")))
        .toList();
    assertThat(conflicts).contains("amount ($): $14 million vs $18 million", "homes: 190 vs 212");
  }

  @Test
  void conflictingReopeningDatesOfTheBridgeAreADateConflict() {
    // S1: the Northbridge Courier's "late February next year" against the wire's "by year's end"
    List<Conflict> dates = result.briefings().stream().flatMap(b -> b.conflicts().stream())
        .filter(c -> c.kind().equals(Conflict.DATE)).toList();
    assertThat(dates).anySatisfy(c -> {
      assertThat(c.about()).isEqualTo("reopen");
      assertThat(c.values()).extracting(ConflictValue::normalized).contains("2027-02 END", "2026 END");
      assertThat(c.values()).filteredOn(v -> v.normalized().startsWith("2027"))
          .singleElement().satisfies(v -> assertThat(v.outlets()).containsExactly("Northbridge Courier"));
    });
  }

  @Test
  void rallyPlacedInTwoTownsIsAPlaceConflict_andTheCorpusHasNoOtherPlaceNameOrStanceConflict() {
    // S6: the wire puts the union rally in Dunlow Quay, the Valley Post in Fenwick Harbour
    List<Conflict> found = result.briefings().stream().flatMap(b -> b.conflicts().stream())
        .filter(c -> c.kind().equals(Conflict.PLACE) || c.kind().equals(Conflict.NAME)
            || c.kind().equals(Conflict.STANCE)).toList();
    assertThat(found).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(Conflict.PLACE);
      assertThat(c.values()).extracting(ConflictValue::value).containsExactly("Dunlow Quay", "Fenwick Harbour");
      assertThat(c.values()).extracting(ConflictValue::outlets)
          .containsExactly(List.of("Meridian Wire"), List.of("The Valley Post"));
    });
  }

  @Test
  void everyConflictValueIsInItsSentence_verbatimAtItsCitation() {
    for (Briefing b : result.briefings()) {
      for (Conflict c : b.conflicts()) {
        for (ConflictValue v : c.values()) {
          Citation where = v.citation();
          assertThat(articleBySource.get(where.source()).body().substring(where.start(), where.end()))
              .isEqualTo(v.text());
          assertThat(v.text()).as(c.about()).contains(v.value());
        }
      }
      assertThat(b.dropped()).as(b.storyId()).filteredOn(d -> d.part().equals("conflicts")).isEmpty();
    }
  }

  @Test
  void stormBramIsALaterPhaseOfStormIsolde_andNoOtherStoryHasOne() {
    // examples/README.md: S4 is a different event on the same coast, with the same authority and official as S3
    String isolde = storyOfSource.get(ExampleTruth.asRead(truth.stories().get("S3").get(0)));
    String bram = storyOfSource.get(ExampleTruth.asRead(truth.stories().get("S4").get(0)));
    Briefing isoldeBriefing = result.briefings().stream().filter(b -> b.storyId().equals(isolde)).findFirst().orElseThrow();
    for (Briefing b : result.briefings()) {
      if (b.storyId().equals(bram)) {
        assertThat(b.earlierPhase()).as(b.storyId())
            .contains(new StoryRef(isolde, isoldeBriefing.headline()));
      } else {
        assertThat(b.earlierPhase()).as(b.storyId()).isEmpty();
      }
    }
  }

  @Test
  void sourceSignalsMarkOpinionPiecesAndTheUndatedEarlierPhase() {
    Map<String, SourceEntry> entries = new HashMap<>();
    result.briefings().forEach(b -> b.sources().forEach(s -> entries.put(s.source(), s)));
    for (ExampleTruth.Row row : truth.rows()) {
      SourceEntry entry = entries.get(ExampleTruth.asRead(row.source()));
      if (row.notes().contains("earlier phase")) {
        assertThat(entry.signals().earlierPhase()).as(row.source()).isTrue();
      }
      if (row.source().contains("opinion")) {
        assertThat(entry.signals().opinion()).as(row.source()).isTrue();
      }
    }
    long flaggedOpinion = entries.values().stream().filter(s -> s.signals().opinion()).count();
    assertThat(flaggedOpinion).as("only the opinion pieces read as opinion").isEqualTo(2);
  }

  @Test
  void factsCountIndependentOutletsAndNeverACopyTwice() {
    for (Briefing b : result.briefings()) {
      Map<String, SourceEntry> byId = new HashMap<>();
      b.sources().forEach(s -> byId.put(s.articleId(), s));
      b.facts().forEach(f -> {
        assertThat(f.support()).noneMatch(c -> byId.get(c.articleId()).copyOf().isPresent());
        assertThat(f.outlets()).doesNotHaveDuplicates();
      });
    }
  }

  @Test
  void exactDuplicatesJoinTheirOriginalsStoryAndChangeNoOtherGrouping(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    List<Path> inputs = new ArrayList<>(List.of(ExampleTruth.EXAMPLES.resolve("corpus")));
    for (String name : List.of("harbour-gazette-storm-bram.txt", "valley-post-ferry-strike.txt", "kestrel-daily-storm-isolde.html")) {
      Path copy = dir.resolve("mirror-" + name);
      Files.copy(ExampleTruth.EXAMPLES.resolve("corpus").resolve(name), copy);
      inputs.add(copy);
    }
    PipelineResult withCopies = new BriefingPipeline().run(inputs);

    assertThat(withCopies.stories()).hasSameSizeAs(result.stories());
    for (Story story : withCopies.stories()) {
      Set<String> originals = story.articles().stream().map(a -> a.article().source())
          .filter(s -> !s.contains("mirror-")).map(storyOfSource::get).collect(Collectors.toSet());
      assertThat(originals).as("story %s", story.id()).hasSize(1);
      story.articles().stream().filter(a -> a.article().source().contains("mirror-"))
          .forEach(a -> assertThat(story.copyOf(a.id())).as(a.article().source()).isPresent());
    }
  }

  @Test
  void namesVariantsOfOkaforLindAreMergedIntoOneEntity() {
    List<String> names = result.briefings().stream().flatMap(b -> b.entities().stream())
        .filter(e -> e.name().contains("Okafor") || e.variants().stream().anyMatch(v -> v.contains("Okafor")))
        .map(e -> e.name()).toList();
    assertThat(names).containsExactly("Maria Okafor-Lind");
  }

  @Test
  void briefingsSurviveTheJsonRoundTripAndRender() {
    for (Briefing b : result.briefings()) {
      assertThat(BriefingJson.read(BriefingJson.write(b))).isEqualTo(b);
      assertThat(new MarkdownRenderer().render(b)).startsWith("# ");
    }
  }

  /** The text a reader of the raw input would see, whitespace collapsed. */
  private static String rawVisibleText(String source) throws IOException {
    int hash = source.lastIndexOf('#');
    boolean jsonl = hash > 0 && source.substring(0, hash).endsWith(".jsonl");
    Path file = Path.of(jsonl ? source.substring(0, hash) : source);
    String raw = Files.readString(file);
    if (jsonl) {
      int line = Integer.parseInt(source.substring(hash + 1));
      var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(raw.lines().toList().get(line - 1));
      raw = node.has("text") ? node.get("text").asText() : Jsoup.parse(node.get("html").asText()).text();
    } else if (source.endsWith(".html") || source.endsWith(".htm")) {
      raw = Jsoup.parse(raw).text();
    }
    return normalise(raw);
  }

  private static String normalise(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }
}
