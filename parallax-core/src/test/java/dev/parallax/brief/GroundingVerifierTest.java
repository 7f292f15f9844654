package dev.parallax.brief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.AnalyzedArticle;
import dev.parallax.model.Article;
import dev.parallax.model.Briefing;
import dev.parallax.model.Citation;
import dev.parallax.model.Conflict;
import dev.parallax.model.ConflictValue;
import dev.parallax.model.TimelineEntry;
import dev.parallax.model.GroundingIssue;
import dev.parallax.model.QuoteEntry;
import dev.parallax.model.SummarySentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GroundingVerifierTest {
  private final List<AnalyzedArticle> articles = StoryFixtures.bridgeStory();
  private final Map<String, Article> byId = articles.stream()
      .map(AnalyzedArticle::article).collect(Collectors.toMap(Article::id, Function.identity()));
  private final Briefing honest = new BriefingBuilder().build(StoryFixtures.story(articles, List.of()), StoryFixtures.entities());
  private final GroundingVerifier verifier = new GroundingVerifier();

  @Test
  void verify_honestBriefing_keepsEverything() {
    Briefing checked = verifier.verify(honest, byId);
    assertThat(checked.dropped()).isEmpty();
    assertThat(checked.summary()).isEqualTo(honest.summary());
    assertThat(checked.quotes()).isEqualTo(honest.quotes());
  }

  @Test
  void verify_alteredNumber_dropsTheSentenceAndSaysWhy() {
    Briefing tampered = replaceSummarySentence(s -> s.replace("40,000", "400,000").replace("six weeks", "four weeks"));
    assertDroppedOne(tampered, "summary");
  }

  @Test
  void verify_swappedName_dropsTheSentence() {
    Briefing tampered = replaceSummarySentence(s -> s.replace("Okafor-Lind", "Hrubý").replace("Talmore", "Danby"));
    assertDroppedOne(tampered, "summary");
  }

  private static final String SOURCE_SENTENCE =
      "About 40,000 vehicles cross the bridge every day, according to the regional transport office.";

  @Test
  void verify_compressedSentence_isKept() {
    SummarySentence compressed = new SummarySentence("About 40,000 vehicles cross the bridge every day.",
        List.of(citationOf(SOURCE_SENTENCE)));

    Briefing checked = verifier.verify(withSummary(List.of(compressed)), byId);

    assertThat(checked.dropped()).isEmpty();
    assertThat(checked.summary()).containsExactly(compressed);
  }

  @Test
  void verify_tamperedCompressedSentence_isDropped() {
    SummarySentence tampered = new SummarySentence("About 40,000 vehicles cross the bridge every night.",
        List.of(citationOf(SOURCE_SENTENCE)));

    Briefing checked = verifier.verify(withSummary(List.of(tampered)), byId);

    assertThat(checked.summary()).isEmpty();
    assertThat(checked.dropped()).singleElement().satisfies(g -> {
      assertThat(g.part()).isEqualTo("summary");
      assertThat(g.reason()).contains("nor as a compression").contains("\"night\" is not in the source sentence");
    });
  }

  @Test
  void verify_compressionThatDropsANegation_isDropped() {
    SummarySentence quote = new SummarySentence("We will reopen the bridge until every weld has been checked.",
        List.of(citationOf("\"We will not reopen the bridge until every weld has been checked,\" Okafor-Lind said.")));
    assertThat(verifier.verify(withSummary(List.of(quote)), byId).dropped()).singleElement()
        .extracting(GroundingIssue::reason).asString().contains("negation \"not\"");
  }

  /** A citation of the fixture span that reads exactly {@code text}. */
  private Citation citationOf(String text) {
    for (AnalyzedArticle a : articles) {
      int at = a.article().body().indexOf(text);
      if (at >= 0) {
        return new Citation(a.id(), a.article().source(), 0, at, at + text.length());
      }
    }
    throw new AssertionError("no fixture sentence reads " + text);
  }

  @Test
  void verify_inventedQuote_isDropped() {
    QuoteEntry real = honest.quotes().get(0);
    List<QuoteEntry> quotes = new ArrayList<>(honest.quotes());
    quotes.add(new QuoteEntry("The bridge was never safe and we knew it,", Optional.of("Maria Okafor-Lind"), real.citation()));
    Briefing tampered = new Briefing(honest.schemaVersion(), honest.storyId(), honest.headline(), honest.headlineSource(),
        honest.summary(), honest.facts(), honest.conflicts(), honest.timeline(), honest.sources(), honest.entities(), quotes, List.of(), Optional.empty());
    Briefing checked = verifier.verify(tampered, byId);
    assertThat(checked.quotes()).containsExactly(real);
    assertThat(checked.dropped()).singleElement().satisfies(g -> {
      assertThat(g.part()).isEqualTo("quotes");
      assertThat(g.reason()).contains("not found verbatim");
    });
  }

  @Test
  void verify_citationOfUnknownArticle_isDropped() {
    SummarySentence first = honest.summary().get(0);
    Citation c = first.citations().get(0);
    SummarySentence forged = new SummarySentence(first.text(), List.of(new Citation("a000", c.source(), 0, c.start(), c.end())));
    Briefing tampered = withSummary(List.of(forged));
    assertThat(verifier.verify(tampered, byId).dropped()).singleElement()
        .extracting(GroundingIssue::reason).asString().contains("unknown article a000");
  }

  /** The honest briefing with the first summary sentence that {@code edit} changes, changed. */
  @Test
  void verify_conflictValueNotInItsSentence_isDropped() {
    SummarySentence real = honest.summary().get(0);
    Citation c = real.citations().get(0);
    Conflict forged = new Conflict("vehicles", List.of(
        new ConflictValue("40,000", real.text(), c, List.of("The Harbour Gazette")),
        new ConflictValue("90,000", real.text(), c, List.of("Valley Post"))));
    Briefing tampered = new Briefing(honest.schemaVersion(), honest.storyId(), honest.headline(), honest.headlineSource(),
        honest.summary(), honest.facts(), List.of(forged), honest.timeline(), honest.sources(), honest.entities(),
        honest.quotes(), List.of(), Optional.empty());
    Briefing checked = verifier.verify(tampered, byId);
    assertThat(checked.conflicts()).isEmpty();
    assertThat(checked.dropped()).singleElement().satisfies(g -> {
      assertThat(g.part()).isEqualTo("conflicts");
      assertThat(g.reason()).contains("is not in its sentence");
    });
  }

  @Test
  void verify_placeOrStanceValueOnlyInsideAWordOfItsSentence_isDropped() {
    SummarySentence real = honest.summary().get(0);
    Citation c = real.citations().get(0);
    // a fragment of a word of the sentence is not a value it gives
    String word = java.util.Arrays.stream(real.text().split("[^\\p{L}]+")).filter(w -> w.length() > 5).findFirst()
        .orElseThrow();
    Conflict forged = new Conflict("happened", Conflict.PLACE, List.of(
        new ConflictValue(word.substring(1), real.text(), c, List.of("The Harbour Gazette")),
        new ConflictValue(word, real.text(), c, List.of("Valley Post"))));
    Briefing tampered = new Briefing(honest.schemaVersion(), honest.storyId(), honest.headline(), honest.headlineSource(),
        honest.summary(), honest.facts(), List.of(forged), honest.timeline(), honest.sources(), honest.entities(),
        honest.quotes(), List.of(), Optional.empty());
    Briefing checked = verifier.verify(tampered, byId);
    assertThat(checked.conflicts()).isEmpty();
    assertThat(checked.dropped()).singleElement().satisfies(g ->
        assertThat(g.reason()).contains("\"" + word.substring(1) + "\" is not in its sentence"));
  }

  @Test
  void verify_timelineEntryCitingAnotherSentence_isDropped() {
    SummarySentence first = honest.summary().get(0);
    SummarySentence second = honest.summary().get(1);
    TimelineEntry forged = new TimelineEntry("2026-03-12", "on Thursday", second.text(), first.citations().get(0), List.of("x"));
    Briefing tampered = new Briefing(honest.schemaVersion(), honest.storyId(), honest.headline(), honest.headlineSource(),
        honest.summary(), honest.facts(), honest.conflicts(), List.of(forged), honest.sources(), honest.entities(),
        honest.quotes(), List.of(), Optional.empty());
    assertThat(verifier.verify(tampered, byId).dropped()).singleElement()
        .satisfies(g -> assertThat(g.part()).isEqualTo("timeline"));
  }

  private Briefing replaceSummarySentence(java.util.function.UnaryOperator<String> edit) {
    List<SummarySentence> summary = new ArrayList<>(honest.summary());
    for (int i = 0; i < summary.size(); i++) {
      SummarySentence s = summary.get(i);
      String changed = edit.apply(s.text());
      if (!changed.equals(s.text())) {
        summary.set(i, new SummarySentence(changed, s.citations()));
        return withSummary(summary);
      }
    }
    throw new AssertionError("the edit changes no summary sentence: " + honest.summary());
  }

  private Briefing withSummary(List<SummarySentence> summary) {
    return new Briefing(honest.schemaVersion(), honest.storyId(), honest.headline(), honest.headlineSource(),
        summary, honest.facts(), honest.conflicts(), honest.timeline(), honest.sources(), honest.entities(), honest.quotes(), List.of(), Optional.empty());
  }

  private void assertDroppedOne(Briefing tampered, String part) {
    Briefing checked = verifier.verify(tampered, byId);
    assertThat(checked.summary()).hasSize(tampered.summary().size() - 1);
    assertThat(checked.dropped()).singleElement().satisfies(g -> {
      assertThat(g.part()).isEqualTo(part);
      assertThat(g.reason()).contains("not found verbatim");
    });
  }
}
