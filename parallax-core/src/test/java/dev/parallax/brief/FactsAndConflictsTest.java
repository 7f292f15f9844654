package dev.parallax.brief;

import static dev.parallax.brief.StoryFixtures.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.AnalyzedArticle;
import dev.parallax.model.Conflict;
import dev.parallax.model.CopyLink;
import dev.parallax.model.Fact;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactsAndConflictsTest {
  private final List<AnalyzedArticle> articles = List.of(
      article("gazette.txt", "The Harbour Gazette", "2026-01-14", "Storm floods Talmore",
          "Storm Isolde flooded Talmore overnight after the sea wall was overtopped. "
              + "The Coastal Resilience Authority said 212 homes had been damaged by floodwater in the town."),
      article("herald.html", "Coastline Herald", "2026-01-15", "Talmore counts the cost",
          "The sea wall at Talmore was overtopped overnight and Storm Isolde flooded the town. "
              + "The town council said 190 homes had been damaged by floodwater in the town."),
      article("wire.txt", "Meridian Wire", "2026-01-14", "Isolde hits coast",
          "Storm Isolde flooded Talmore overnight after the sea wall was overtopped. "
              + "Power was cut to 62,000 homes across the coast as the storm moved north."),
      article("reprint.txt", "Bay Chronicle", "2026-01-15", "Isolde hits coast",
          "Storm Isolde flooded Talmore overnight after the sea wall was overtopped. "
              + "Power was cut to 62,000 homes across the coast as the storm moved north."));
  private final StoryArticles story = StoryArticles.of(StoryFixtures.story(articles,
      List.of(new CopyLink(articles.get(3).id(), articles.get(2).id(), 1.0))));

  @Test
  void group_sameClaimInThreeOutlets_isOneFactCountingCopiesOnce() {
    Fact flood = FactGrouper.group(StorySentences.of(story), 10).get(0);
    assertThat(flood.outlets()).containsExactly("Coastline Herald", "Meridian Wire", "The Harbour Gazette");
    assertThat(flood.support()).hasSize(3);
    assertThat(flood.singleSource()).isFalse();
  }

  @Test
  void group_claimOfOneOutlet_isMarkedSingleSource() {
    assertThat(FactGrouper.group(StorySentences.of(story), 10))
        .filteredOn(f -> f.text().startsWith("Power was cut"))
        .singleElement()
        .satisfies(f -> assertThat(f.singleSource()).isTrue());
  }

  @Test
  void build_claimOnlyOneOutletMakes_isShownAsOnlyThatOutletReportingIt_itsCopyAddingNoSource() {
    dev.parallax.model.Briefing b = new BriefingBuilder().build(
        StoryFixtures.story(articles, List.of(new CopyLink(articles.get(3).id(), articles.get(2).id(), 1.0))),
        StoryFixtures.entities());

    // the Bay Chronicle reprint carries the power-cut sentence too, but is a copy of Meridian Wire's report
    assertThat(b.facts()).filteredOn(f -> f.text().startsWith("Power was cut")).singleElement()
        .satisfies(f -> assertThat(f.outlets()).containsExactly("Meridian Wire"));
    assertThat(new dev.parallax.render.MarkdownRenderer().render(b)).contains("only Meridian Wire reports this");
    assertThat(new dev.parallax.render.HtmlRenderer().render(b)).contains("only Meridian Wire reports this");
  }

  @Test
  void group_widelyReportedStory_stillListsWhatSingleOutletsAloneSay() {
    String shared = "The Talmore bridge was closed on Thursday after cracks were found in a pier. "
        + "Engineers from the transport ministry will inspect all four piers next week. "
        + "Traffic is being diverted over the old Selwyn road bridge until further notice. ";
    List<AnalyzedArticle> reports = List.of(
        article("gazette.txt", "The Harbour Gazette", "2026-03-12", "Bridge shut",
            shared + "A local bakery said its deliveries now take an extra hour each morning."),
        article("kestrel.html", "Kestrel Daily", "2026-03-12", "Bridge shut",
            shared + "The ferry operator added two extra evening sailings across the estuary."));
    List<Fact> facts = FactGrouper.group(StorySentences.of(StoryArticles.of(StoryFixtures.story(reports, List.of()))), 3);

    // three corroborated facts would fill all three places; one is kept for a single-source claim
    assertThat(facts).hasSize(3);
    assertThat(facts).filteredOn(Fact::singleSource).singleElement()
        .satisfies(f -> assertThat(f.outlets()).containsExactly("The Harbour Gazette"));
  }

  @Test
  void find_differentCountsOfTheSameThing_areAConflict_butDifferentThingsAreNot() {
    List<Conflict> conflicts = ConflictFinder.find(StorySentences.of(story), java.util.Set.of());
    assertThat(conflicts).singleElement().satisfies(c -> {
      assertThat(c.about()).isEqualTo("homes");
      assertThat(c.values()).extracting(v -> v.value()).containsExactly("212", "190");
      assertThat(c.values()).extracting(v -> v.outlets()).containsExactly(List.of("The Harbour Gazette"), List.of("Coastline Herald"));
    });
  }

  @Test
  void find_boundsAndEstimates_disagreeOnlyWithValuesOutsideThem() {
    List<AnalyzedArticle> reports = List.of(
        article("gazette.txt", "The Harbour Gazette", "2026-01-14", "Storm floods Talmore",
            "The Coastal Resilience Authority said 212 homes had been damaged by floodwater in the town."),
        article("wire.txt", "Meridian Wire", "2026-01-14", "Isolde hits coast",
            "The Coastal Resilience Authority said more than 200 homes had been damaged by floodwater in the town."),
        article("herald.html", "Coastline Herald", "2026-01-15", "Talmore counts the cost",
            "The town council said 190 homes had been damaged by floodwater in the town."),
        article("post.txt", "Valley Post", "2026-01-15", "Talmore floods",
            "The town council said about 190 homes had been damaged by floodwater in the town."));
    StoryArticles floods = StoryArticles.of(StoryFixtures.story(reports, List.of()));

    assertThat(ConflictFinder.find(StorySentences.of(floods), java.util.Set.of())).singleElement().satisfies(c -> {
      // "more than 200" agrees with 212 and adds nothing beside it; "about 190" sides with 190
      assertThat(c.values()).extracting(v -> v.value()).containsExactly("212", "190");
      assertThat(c.values()).extracting(v -> v.outlets())
          .containsExactly(List.of("The Harbour Gazette"), List.of("Coastline Herald", "Valley Post"));
      assertThat(c.values()).extracting(v -> v.normalized()).containsExactly("212", "190");
    });
  }

  @Test
  void find_amountsOfDifferentThings_areNoConflict_butAnUnsaidOneIsCompared() {
    List<AnalyzedArticle> reports = List.of(
        article("gazette.txt", "The Harbour Gazette", "2026-09-15", "Tidal project collapses",
            "Two investors pulled out of the Selwyn tidal project, leaving a hole of $410 million in its finances. "
                + "The ministry put the repair bill for the Selwyn tidal project at $14 million."),
        article("tribune.html", "Pinecrest Tribune", "2026-09-15", "Tidal project goes under",
            "The ministry had committed $300 million in grants to the Selwyn tidal project before investors pulled out. "
                + "The ministry now expects the Selwyn tidal project repair to cost an estimated $18 million."));
    StoryArticles tidal = StoryArticles.of(StoryFixtures.story(reports, List.of()));

    // a hole of $410m and $300m in grants are different sums; the bill at $14m and an unsaid $18m are compared
    assertThat(ConflictFinder.find(StorySentences.of(tidal), java.util.Set.of())).singleElement()
        .satisfies(c -> assertThat(c.values()).extracting(v -> v.value()).containsExactly("$14 million", "$18 million"));
  }

  @Test
  void find_additionsAndOtherNouns_areNotComparedWithTotals() {
    List<AnalyzedArticle> reports = List.of(
        article("gazette.txt", "The Harbour Gazette", "2026-01-14", "Storm floods Talmore",
            "Storm Isolde flooded Talmore and four other towns overnight, and 212 homes in Talmore were damaged by floodwater."),
        article("herald.html", "Coastline Herald", "2026-01-15", "Talmore counts the cost",
            "Storm Isolde flooded Talmore and three towns overnight, and 150 more homes in Talmore were damaged by floodwater."),
        article("wire.txt", "Meridian Wire", "2026-01-15", "Isolde hits coast",
            "Storm Isolde flooded Talmore overnight, and 180 homeowners in Talmore said their homes were damaged by floodwater."));
    StoryArticles floods = StoryArticles.of(StoryFixtures.story(reports, List.of()));

    // "four other towns" and "150 more homes" count additions; "homeowners" are not "homes"
    assertThat(ConflictFinder.find(StorySentences.of(floods), java.util.Set.of())).isEmpty();
  }

  @Test
  void find_outletGivingBothValues_contradictsNoOneOnThem() {
    List<AnalyzedArticle> reports = List.of(
        article("gazette.txt", "The Harbour Gazette", "2026-09-15", "Tidal project collapses",
            "The developer of the Selwyn tidal project earned $4.9 million from its stake last year."),
        article("tribune.html", "Pinecrest Tribune", "2026-09-15", "Tidal project goes under",
            "The developer of the Selwyn tidal project earned $4.9 million from its stake and $6 million from fees last year."));
    StoryArticles tidal = StoryArticles.of(StoryFixtures.story(reports, List.of()));

    assertThat(ConflictFinder.find(StorySentences.of(tidal), java.util.Set.of())).isEmpty();
  }

  @Test
  void find_endsOfARange_areNoValues() {
    List<AnalyzedArticle> reports = List.of(
        article("gazette.txt", "The Harbour Gazette", "2026-09-15", "Tidal project collapses",
            "The Selwyn tidal project will cost between $25 million and $30 million to wind up."),
        article("tribune.html", "Pinecrest Tribune", "2026-09-15", "Tidal project goes under",
            "The Selwyn tidal project will cost $27m-$30m to wind up."));
    StoryArticles tidal = StoryArticles.of(StoryFixtures.story(reports, List.of()));

    assertThat(ConflictFinder.find(StorySentences.of(tidal), java.util.Set.of())).isEmpty();
  }

  @Test
  void find_measuresOfOneUnit_disagreeInAlikeSentences_butNotInSentencesComparingSeveral() {
    List<AnalyzedArticle> reports = List.of(
        article("wire.txt", "Meridian Wire", "2026-04-09", "Jobless rate",
            "Unemployment in the Dunmere region rose in March to 6.2 percent, the statistics office reported. "
                + "With 40 percent of the votes counted, the mayor had 52 percent of the vote in Dunmere."),
        article("courier.txt", "Northbridge Courier", "2026-04-09", "Jobless rate",
            "Unemployment in the Dunmere region rose in March to 5.8 percent, the statistics office reported. "
                + "With 70 percent of the votes counted, the mayor had 55 percent of the vote in Dunmere."));
    StoryArticles jobs = StoryArticles.of(StoryFixtures.story(reports, List.of()));

    assertThat(ConflictFinder.find(StorySentences.of(jobs), java.util.Set.of())).singleElement().satisfies(c -> {
      assertThat(c.about()).isEqualTo("measure (%)");
      assertThat(c.values()).extracting(v -> v.value()).containsExactlyInAnyOrder("6.2 percent", "5.8 percent");
    });
  }
}
