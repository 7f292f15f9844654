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
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Name conflicts over articles run through the real analysis stage (names, their variants). */
class NameConflictsTest {
  private static final TextAnalyzer ANALYZER = new TextAnalyzer();

  private static AnalyzedArticle analyzed(String source, String outlet, String body) {
    return ANALYZER.analyze(new Article(Article.idFor(source), source, Optional.empty(), "Plane lands on road",
        Optional.of(outlet), Optional.of(new PublicationDate(LocalDate.parse("2026-03-10"), "test", 1.0)), List.of(),
        body));
  }

  private static List<Conflict> names(AnalyzedArticle... articles) {
    List<AnalyzedArticle> all = List.of(articles);
    StoryArticles story = StoryArticles.of(StoryFixtures.story(all, List.of()));
    return ConflictFinder.find(StorySentences.of(story), story.opinionIds(), new EntityResolver().resolve(all))
        .stream().filter(c -> c.kind().equals(Conflict.NAME)).toList();
  }

  @Test
  void find_twoPeopleInTheSameRoleInAlikeSentences_isANameConflict() {
    List<Conflict> found = names(
        analyzed("gazette.txt", "The Harbour Gazette",
            "The pilot, Mara Voss, landed the small plane on the Altmoor road on Monday after its engine failed."),
        analyzed("kestrel.html", "Kestrel Daily",
            "The pilot, Ines Carr, landed the small plane on the Altmoor road on Monday after its engine failed."));

    assertThat(found).singleElement().satisfies(c -> {
      assertThat(c.about()).isEqualTo("pilot");
      assertThat(c.values()).extracting(ConflictValue::value).containsExactly("Mara Voss", "Ines Carr");
      assertThat(c.values()).extracting(ConflictValue::outlets)
          .containsExactly(List.of("The Harbour Gazette"), List.of("Kestrel Daily"));
    });
  }

  @Test
  void find_titleIdentificationAndAgentSlots_areNameConflicts() {
    assertThat(names(
        analyzed("gazette.txt", "The Harbour Gazette",
            "Police Chief Dana Holt said the road would stay closed until the wreck was moved on Tuesday."),
        analyzed("kestrel.html", "Kestrel Daily",
            "Police Chief Omar Reyes said the road would stay closed until the wreck was moved on Tuesday.")))
        .singleElement().satisfies(c -> assertThat(c.about()).isEqualTo("police chief"));
    assertThat(names(
        analyzed("gazette.txt", "The Harbour Gazette",
            "Police identified the victim of the Brindle quay fall as Tomas Brandt, a fisherman from the harbour."),
        analyzed("kestrel.html", "Kestrel Daily",
            "Police identified the victim of the Brindle quay fall as Jonas Pell, a fisherman from the harbour.")))
        .singleElement().satisfies(c -> assertThat(c.about()).isEqualTo("victim"));
    assertThat(names(
        analyzed("gazette.txt", "The Harbour Gazette",
            "The inquiry into the ferry collision, led by Ellen Hartley, will report to the assembly in June."),
        analyzed("kestrel.html", "Kestrel Daily",
            "The inquiry into the ferry collision, led by Petra Lind, will report to the assembly in June.")))
        .singleElement().satisfies(c -> assertThat(c.about()).isEqualTo("led by"));
  }

  @Test
  void find_nameInAPersonsSlotTaggedAsAPlace_isStillComparedAsAPerson() {
    // "Vale" reads like a place word to the tagger; "chief executive" says a person holds the post
    assertThat(names(
        analyzed("wire.txt", "Meridian Wire",
            "Corran Logistics named its new chief executive, Nora Vale, on Tuesday after a three-month search."),
        analyzed("bay.txt", "Bay Chronicle",
            "Corran Logistics named its new chief executive, Lise Aune, on Tuesday after a three-month search.")))
        .singleElement().satisfies(c -> assertThat(c.values()).extracting(ConflictValue::value)
            .containsExactlyInAnyOrder("Nora Vale", "Lise Aune"));
    // a place in a slot no person needs fill is no name: "the venue, Dunlow Quay," against "the venue, Talmore"
    assertThat(names(
        analyzed("wire.txt", "Meridian Wire",
            "The organisers chose the venue, Dunlow Quay, for the regatta after a vote on Tuesday."),
        analyzed("bay.txt", "Bay Chronicle",
            "The organisers chose the venue, Westharrow Harbour, for the regatta after a vote on Tuesday.")))
        .isEmpty();
  }

  @Test
  void find_nameFillingTwoSlots_isOneConflict() {
    // "Judge" and "chaired by" are two keys for the same two names: the reader sees the disagreement once
    assertThat(names(
        analyzed("gazette.txt", "The Harbour Gazette",
            "The inquiry into the library fire will be chaired by Judge Hanna Roos, the county said on Tuesday."),
        analyzed("kestrel.html", "Kestrel Daily",
            "The inquiry into the library fire will be chaired by Judge Teresa Quist, the county said on Tuesday.")))
        .singleElement().satisfies(c -> assertThat(c.values()).extracting(ConflictValue::value)
            .containsExactlyInAnyOrder("Hanna Roos", "Teresa Quist"));
  }

  @Test
  void find_variantsOfOneName_areNoNameConflict() {
    assertThat(names(
        analyzed("gazette.txt", "The Harbour Gazette",
            "The envoy, Kim Jong Un, arrived at the Altmoor summit on Monday with a small delegation."),
        analyzed("kestrel.html", "Kestrel Daily",
            "The envoy, Kim Jong-un, arrived at the Altmoor summit on Monday with a small delegation."),
        analyzed("valley.txt", "Valley Post",
            "The envoy, Mr Kim, arrived at the Altmoor summit on Monday with a small delegation."))).isEmpty();
  }

  @Test
  void find_twoHoldersOfATitleManyHold_isNoNameConflict() {
    // a story has many officers, and each team its coach: naming another one contradicts no one
    assertThat(names(
        analyzed("gazette.txt", "The Harbour Gazette",
            "Officer Dana Holt said the road would stay closed until the wreck was moved on Tuesday."),
        analyzed("kestrel.html", "Kestrel Daily",
            "Officer Omar Reyes said the road would stay closed until the wreck was moved on Tuesday."))).isEmpty();
    assertThat(names(
        analyzed("gazette.txt", "The Harbour Gazette",
            "Coach Dana Holt said her side had played its best football of the season in the final."),
        analyzed("kestrel.html", "Kestrel Daily",
            "Coach Omar Reyes said his side had played its best football of the season in the final."))).isEmpty();
  }

  @Test
  void find_twoDifferentRoles_isNoNameConflict() {
    assertThat(names(
        analyzed("gazette.txt", "The Harbour Gazette",
            "The pilot, Mara Voss, landed the small plane on the Altmoor road on Monday after its engine failed."),
        analyzed("kestrel.html", "Kestrel Daily",
            "The owner, Ines Carr, landed the small plane on the Altmoor road on Monday after its engine failed.")))
        .isEmpty();
  }

  @Test
  void find_anArticleThatNamesBothPeople_isNoNameConflict() {
    // Kestrel Daily knows Voss as the instructor on board: two people of the story, not a contradiction
    assertThat(names(
        analyzed("gazette.txt", "The Harbour Gazette",
            "The pilot, Mara Voss, landed the small plane on the Altmoor road on Monday after its engine failed."),
        analyzed("kestrel.html", "Kestrel Daily",
            "The pilot, Ines Carr, landed the small plane on the Altmoor road on Monday after its engine failed. "
                + "Her instructor, Voss, was also on board.")))
        .isEmpty();
  }

  @Test
  void build_nameConflictValues_standAsWholeWordsInTheirSentencesAndPassTheGroundingCheck() {
    List<AnalyzedArticle> all = List.of(
        analyzed("gazette.txt", "The Harbour Gazette",
            "The pilot, Mara Voss, landed the small plane on the Altmoor road on Monday after its engine failed."),
        analyzed("kestrel.html", "Kestrel Daily",
            "The pilot, Ines Carr, landed the small plane on the Altmoor road on Monday after its engine failed."));
    Briefing b = new BriefingBuilder().build(StoryFixtures.story(all, List.of()), new EntityResolver().resolve(all));

    assertThat(b.dropped()).isEmpty();
    assertThat(b.conflicts()).filteredOn(c -> c.kind().equals(Conflict.NAME)).singleElement()
        .satisfies(c -> assertThat(c.values()).allSatisfy(v -> assertThat(
            Pattern.compile("(?<!\\p{L})" + Pattern.quote(v.value()) + "(?!\\p{L})").matcher(v.text()).find())
            .as("%s as a whole word in %s", v.value(), v.text()).isTrue()));
  }

  @Test
  void find_anOfficeOfOneHolder_asTitleOrAppositive_andARoleWithItsOwner_areNameConflicts() {
    assertThat(names(
        analyzed("gazette.txt", "The Harbour Gazette",
            "The recount in the Altmoor ward will be held on Saturday, the returning officer, Alan Reeve, said."),
        analyzed("kestrel.html", "Kestrel Daily",
            "The recount in the Altmoor ward will be held on Saturday, returning officer Gwen Parry said.")))
        .singleElement().satisfies(c -> {
          assertThat(c.about()).isEqualTo("returning officer");
          assertThat(c.values()).extracting(ConflictValue::value).containsExactly("Alan Reeve", "Gwen Parry");
        });
    assertThat(names(
        analyzed("gazette.txt", "The Harbour Gazette",
            "Priya Anand, the union's general secretary, said the drivers would strike on the Altmoor line."),
        analyzed("kestrel.html", "Kestrel Daily",
            "The union's general secretary, Colm Ashby, said the drivers would strike on the Altmoor line.")))
        .singleElement().satisfies(c ->
            assertThat(c.values()).extracting(ConflictValue::value).containsExactly("Priya Anand", "Colm Ashby"));
    assertThat(names(
        analyzed("gazette.txt", "The Harbour Gazette",
            "The board's chief executive, Ruth Okafor, said the new Altmoor wing would treat 3,000 patients a year."),
        analyzed("kestrel.html", "Kestrel Daily",
            "Health board chief executive Samir Haddad said the new Altmoor wing would treat 3,000 patients a year.")))
        .singleElement().satisfies(c -> assertThat(c.about()).isEqualTo("chief executive"));
    // an office many hold stays out, qualified or not
    assertThat(names(
        analyzed("gazette.txt", "The Harbour Gazette",
            "Police officer Dana Holt said the road would stay closed until the wreck was moved on Tuesday."),
        analyzed("kestrel.html", "Kestrel Daily",
            "Police officer Omar Reyes said the road would stay closed until the wreck was moved on Tuesday."))).isEmpty();
  }
}
