package dev.parallax.brief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.AnalyzedArticle;
import dev.parallax.model.Article;
import dev.parallax.model.Briefing;
import dev.parallax.model.Conflict;
import dev.parallax.model.ConflictValue;
import dev.parallax.model.PublicationDate;
import dev.parallax.nlp.EntityResolver;
import dev.parallax.nlp.TextAnalyzer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Place and stance conflicts over articles run through the real analysis stage (names, quotes). */
class PlaceAndStanceConflictsTest {
  private static final TextAnalyzer ANALYZER = new TextAnalyzer();

  private static AnalyzedArticle analyzed(String source, String outlet, String body) {
    return ANALYZER.analyze(new Article(Article.idFor(source), source, Optional.empty(), "Coach crash",
        Optional.of(outlet), Optional.of(new PublicationDate(LocalDate.parse("2026-03-10"), "test", 1.0)), List.of(),
        body));
  }

  private static List<Conflict> conflicts(String kind, AnalyzedArticle... articles) {
    List<AnalyzedArticle> all = List.of(articles);
    StoryArticles story = StoryArticles.of(StoryFixtures.story(all, List.of()));
    return ConflictFinder.find(StorySentences.of(story), story.opinionIds(), new EntityResolver().resolve(all))
        .stream().filter(c -> c.kind().equals(kind)).toList();
  }

  @Test
  void find_sameEventInTwoPlacesNeitherOutletNames_isAPlaceConflict() {
    List<Conflict> found = conflicts(Conflict.PLACE,
        analyzed("gazette.txt", "The Harbour Gazette",
            "A school coach carrying 30 pupils overturned near Altmoor on Monday morning, injuring the driver."),
        analyzed("kestrel.html", "Kestrel Daily",
            "A school coach carrying 30 pupils overturned near Westharrow on Monday morning, injuring the driver."));

    assertThat(found).singleElement().satisfies(c -> {
      assertThat(c.about()).isEqualTo("overturned");
      assertThat(c.values()).extracting(ConflictValue::value).containsExactly("Altmoor", "Westharrow");
      assertThat(c.values()).extracting(ConflictValue::outlets)
          .containsExactly(List.of("The Harbour Gazette"), List.of("Kestrel Daily"));
    });
  }

  @Test
  void find_placesOfSentencesAlikeOnlyWithoutTheirNames_areAPlaceConflict() {
    // with the two names the sentences reach cosine 0.46; without them 0.55, over the threshold of 0.5
    List<Conflict> found = conflicts(Conflict.PLACE,
        analyzed("gazette.txt", "The Harbour Gazette", "The quake was centred near Orlen, a town of 8,000 people."),
        analyzed("kestrel.html", "Kestrel Daily",
            "The quake was centred near Vessen, according to the national seismic service."));

    assertThat(found).singleElement().satisfies(c -> assertThat(c.values()).extracting(ConflictValue::value)
        .containsExactlyInAnyOrder("Orlen", "Vessen"));
  }

  @Test
  void find_newSiteOnOneRoadOrAtAnotherPlace_isAPlaceConflict() {
    List<Conflict> found = conflicts(Conflict.PLACE,
        analyzed("gazette.txt", "The Harbour Gazette",
            "The bus depot will move to a new site on Carrow Road in 2028, the transport authority said on Wednesday."),
        analyzed("kestrel.html", "Kestrel Daily",
            "The bus depot will move to a new site at Hollin Moor in 2028, the transport authority said on Wednesday."));

    assertThat(found).singleElement().satisfies(c -> {
      assertThat(c.about()).isEqualTo("site");
      assertThat(c.values()).extracting(ConflictValue::value).containsExactlyInAnyOrder("Carrow Road", "Hollin Moor");
    });
  }

  @Test
  void find_placeOnTheOtherOutletsRouteInAListOrInsideItsProvince_isNoPlaceConflict() {
    // a route: the other outlet names both ends, so "near Westharrow" contradicts nothing it says
    assertThat(conflicts(Conflict.PLACE,
        analyzed("gazette.txt", "The Harbour Gazette",
            "A school coach carrying 30 pupils overturned near Altmoor on the road to Westharrow on Monday."),
        analyzed("kestrel.html", "Kestrel Daily",
            "A school coach carrying 30 pupils overturned near Westharrow on Monday, police said."))).isEmpty();
    // a list of places names no single location, even when the other outlet names none of them
    assertThat(conflicts(Conflict.PLACE,
        analyzed("gazette.txt", "The Harbour Gazette",
            "The tremor was felt in Altmoor, Brindle and Carrow shortly after midnight on Monday, the survey said."),
        analyzed("kestrel.html", "Kestrel Daily",
            "The tremor was felt in Westharrow shortly after midnight on Monday, the survey said."))).isEmpty();
    // containment: a town and the province it lies in
    assertThat(conflicts(Conflict.PLACE,
        analyzed("gazette.txt", "The Harbour Gazette",
            "A school coach carrying 30 pupils overturned in Altmoor, a market town in Dunmere province, on Monday."),
        analyzed("kestrel.html", "Kestrel Daily",
            "A school coach carrying 30 pupils overturned in Dunmere on Monday, injuring the driver."))).isEmpty();
  }

  @Test
  void find_claimOneOutletNegates_isAStanceConflictWithEachSide() {
    List<Conflict> found = conflicts(Conflict.STANCE,
        analyzed("gazette.txt", "The Harbour Gazette",
            "The Talmore council signed the contract for the new sea wall with Brenner Works on Monday."),
        analyzed("kestrel.html", "Kestrel Daily",
            "The Talmore council did not sign the contract for the new sea wall with Brenner Works on Monday."));

    assertThat(found).singleElement().satisfies(c -> {
      assertThat(c.values()).extracting(ConflictValue::value).containsExactly("signed", "did not sign");
      assertThat(c.values()).extracting(ConflictValue::normalized).containsExactly("affirmed", "denied");
      assertThat(c.values()).extracting(ConflictValue::outlets)
          .containsExactly(List.of("The Harbour Gazette"), List.of("Kestrel Daily"));
    });
  }

  @Test
  void find_oppositeVerbsForTheSameClaim_areAStanceConflict() {
    assertThat(conflicts(Conflict.STANCE,
        analyzed("gazette.txt", "The Harbour Gazette",
            "The Talmore council approved the sale of the old ferry depot to Brenner Works on Monday evening."),
        analyzed("kestrel.html", "Kestrel Daily",
            "The Talmore council rejected the sale of the old ferry depot to Brenner Works on Monday evening.")))
        .singleElement().satisfies(c -> {
          assertThat(c.about()).isEqualTo("approved/rejected");
          assertThat(c.values()).extracting(ConflictValue::value).containsExactly("approved", "rejected");
        });
  }

  @Test
  void find_denialAttributedToANamedSpeaker_isComparedWithoutTheSpeakersName() {
    // "Vell Mining said" names who says it, not what the claim is about: the claims name the same things
    List<Conflict> found = conflicts(Conflict.STANCE,
        analyzed("gazette.txt", "The Harbour Gazette", "The Orlen colliery was inspected by the safety board in February."),
        analyzed("kestrel.html", "Kestrel Daily",
            "Vell Mining said the Orlen colliery had not been inspected by the safety board in February."));

    assertThat(found).singleElement().satisfies(c -> assertThat(c.values()).extracting(ConflictValue::normalized)
        .containsExactlyInAnyOrder("affirmed", "denied"));
  }

  @Test
  void find_aDenialQuotedByBothOutlets_isNoStanceConflict() {
    // both outlets report the mayor's denial: they agree on what was said; a third states the sale as done
    assertThat(conflicts(Conflict.STANCE,
        analyzed("gazette.txt", "The Harbour Gazette",
            "Mayor Ilse Brandt denied that the council had approved the sale of the old ferry depot."),
        analyzed("kestrel.html", "Kestrel Daily",
            "\"The council has not approved the sale of the old ferry depot,\" Mayor Ilse Brandt said."),
        analyzed("valley.txt", "Valley Post",
            "Mayor Ilse Brandt said the council approved the sale of the old ferry depot."))).isEmpty();
  }

  @Test
  void find_neitherNorDenial_isNoAffirmation() {
    assertThat(conflicts(Conflict.STANCE,
        analyzed("gazette.txt", "The Harbour Gazette",
            "Neither the Talmore council nor its lawyers signed the contract for the new sea wall on Monday."),
        analyzed("kestrel.html", "Kestrel Daily",
            "The Talmore council and its lawyers did not sign the contract for the new sea wall on Monday."))).isEmpty();
  }

  @Test
  void build_placeAndStanceConflicts_passTheGroundingCheck() {
    List<AnalyzedArticle> all = List.of(
        analyzed("gazette.txt", "The Harbour Gazette",
            "A school coach carrying 30 pupils overturned near Altmoor on Monday morning, injuring the driver. "
                + "The Talmore council signed the contract for the new sea wall with Brenner Works on Monday."),
        analyzed("kestrel.html", "Kestrel Daily",
            "A school coach carrying 30 pupils overturned near Westharrow on Monday morning, injuring the driver. "
                + "The Talmore council did not sign the contract for the new sea wall with Brenner Works on Monday."));
    Briefing b = new BriefingBuilder().build(StoryFixtures.story(all, List.of()), new EntityResolver().resolve(all));

    assertThat(b.conflicts()).extracting(Conflict::kind).containsExactlyInAnyOrder(Conflict.PLACE, Conflict.STANCE);
    assertThat(b.dropped()).isEmpty();
  }
}
