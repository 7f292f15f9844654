package dev.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.parallax.model.AnalyzedArticle;
import dev.parallax.model.EntityType;
import dev.parallax.model.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

class MentionFinderTest {
  private final TextAnalyzer analyzer = new TextAnalyzer();

  private List<Mention> mentions(String body) {
    AnalyzedArticle analyzed = analyzer.analyze(TestArticles.article(body));
    for (Mention m : analyzed.mentions()) {
      assertThat(body.substring(m.start(), m.end())).isEqualTo(m.text());
    }
    return analyzed.mentions();
  }

  private EntityType typeOf(List<Mention> mentions, String text) {
    return mentions.stream().filter(m -> m.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no mention " + text + " in " + mentions)).type();
  }

  @Test
  void find_newsParagraph_findsPeopleOrganisationsAndPlaces() {
    String body = "Maria Okafor-Lind, head of the Coastal Resilience Authority, said the sea wall "
        + "in Tarsa would be raised. The Ministry of Transport said repairs would cost more than expected.";

    List<Mention> mentions = mentions(body);

    assertThat(mentions).extracting(Mention::text, Mention::type).containsExactly(
        tuple("Maria Okafor-Lind", EntityType.PERSON),
        tuple("Coastal Resilience Authority", EntityType.ORGANISATION),
        tuple("Tarsa", EntityType.PLACE),
        tuple("Ministry of Transport", EntityType.ORGANISATION));
    assertThat(mentions).extracting(Mention::sentence).containsExactly(0, 0, 0, 1);
  }

  @Test
  void find_honorificsAndTitles_areCutOffButMakeAPerson() {
    String body = "Flood defences were inspected on Monday by Ms Varga and Transport Minister Ali Reza, "
        + "while Gen. Adebayo Okoro stayed away.";

    List<Mention> mentions = mentions(body);

    assertThat(mentions).extracting(Mention::text, Mention::type).containsExactly(
        tuple("Varga", EntityType.PERSON),
        tuple("Ali Reza", EntityType.PERSON),
        tuple("Adebayo Okoro", EntityType.PERSON));
  }

  @Test
  void find_initialismsAndGazetteerNames_areTyped() {
    String body = "The U.N. and the CRA sent engineers to France, and U.S. officials pledged money "
        + "after talks with French diplomats and the WHO. The US embassy agreed.";

    List<Mention> mentions = mentions(body);

    assertThat(typeOf(mentions, "U.N.")).isEqualTo(EntityType.ORGANISATION);
    assertThat(typeOf(mentions, "CRA")).isEqualTo(EntityType.ORGANISATION);
    assertThat(typeOf(mentions, "France")).isEqualTo(EntityType.PLACE);
    assertThat(typeOf(mentions, "U.S.")).isEqualTo(EntityType.PLACE);
    assertThat(typeOf(mentions, "French")).isEqualTo(EntityType.OTHER);
    assertThat(typeOf(mentions, "WHO")).isEqualTo(EntityType.ORGANISATION);
    assertThat(typeOf(mentions, "US")).isEqualTo(EntityType.PLACE);
  }

  @Test
  void find_calendarWordsAndSentenceInitialCommonWords_areNotMentions() {
    String body = "Officials met on Tuesday in March. Residents said nothing changed.";

    assertThat(mentions(body)).isEmpty();
  }

  @Test
  void find_hyphenatedNamesAndPossessives_keepTheNameOnly() {
    String body = "Talks with Kim Jong-un's envoy stalled, and the CRA's budget was cut by Tarsa-based lenders.";

    List<Mention> mentions = mentions(body);

    assertThat(mentions).extracting(Mention::text).containsExactly("Kim Jong-un", "CRA", "Tarsa");
    assertThat(typeOf(mentions, "Tarsa")).isEqualTo(EntityType.PLACE);
  }

  @Test
  void find_organisationSuffixWords_makeAnOrganisation() {
    String body = "The report was published by the Velm Harbour Board and quoted in the Tarsa Daily News.";

    List<Mention> mentions = mentions(body);

    assertThat(typeOf(mentions, "Velm Harbour Board")).isEqualTo(EntityType.ORGANISATION);
    assertThat(typeOf(mentions, "Tarsa Daily News")).isEqualTo(EntityType.ORGANISATION);
  }

  @Test
  void find_surnameAfterFullName_isAPerson() {
    String body = "The inquiry was led by Jae-won Seo, a retired judge. Seo questioned twelve witnesses.";

    List<Mention> mentions = mentions(body);

    assertThat(mentions).extracting(Mention::text, Mention::type).containsExactly(
        tuple("Jae-won Seo", EntityType.PERSON), tuple("Seo", EntityType.PERSON));
  }

  @Test
  void find_wireDateline_isAPlace() {
    String body = "VELM, Tarsa (Velm Courier) - Crews worked through the night in the port city of Velm.";

    List<Mention> mentions = mentions(body);

    assertThat(typeOf(mentions, "VELM")).isEqualTo(EntityType.PLACE);
    assertThat(typeOf(mentions, "Tarsa")).isEqualTo(EntityType.PLACE);
    assertThat(typeOf(mentions, "Velm Courier")).isEqualTo(EntityType.ORGANISATION);
    assertThat(typeOf(mentions, "Velm")).isEqualTo(EntityType.PLACE);
  }

  @Test
  void find_knownOrganisationAtTheEndOfALongerName_isAnOrganisation() {
    String body = "A spokesman for the International Red Cross said teams were on standby.";

    assertThat(typeOf(mentions(body), "International Red Cross")).isEqualTo(EntityType.ORGANISATION);
  }

  @Test
  void find_titleBlockAfterAnOrganisation_keepsTheOrganisationAndThePerson() {
    String body = "The plan was signed by Harbour Authority Chief Executive Nadia Ferrant on Friday.";

    assertThat(mentions(body)).extracting(Mention::text, Mention::type).containsExactly(
        tuple("Harbour Authority", EntityType.ORGANISATION), tuple("Nadia Ferrant", EntityType.PERSON));
  }

  @Test
  void find_nameWithInitialismOrSpelledOutInitialism_isAnOrganisation() {
    String body = "Officials at the U.N. Development Programme said the Velm Recovery Trust Fund (VRTF) would pay.";

    List<Mention> mentions = mentions(body);

    assertThat(typeOf(mentions, "U.N. Development Programme")).isEqualTo(EntityType.ORGANISATION);
    assertThat(typeOf(mentions, "Velm Recovery Trust Fund")).isEqualTo(EntityType.ORGANISATION);
  }

  @Test
  void find_loneCapitalisedWordOpeningASentence_isDroppedUnlessConfirmed() {
    String body = "Ships from Velm were lost. Seo blamed the harbour. Jae-won Seo is a fisherman.";

    assertThat(mentions(body)).extracting(Mention::text).containsExactly("Velm", "Seo", "Jae-won Seo");
  }

  @Test
  void find_initialsAndPlacePrefixes_areKeptInNames() {
    String body = "Prof. R. Mensah flew in from Ft. Lauderdale on Sunday.";

    List<Mention> mentions = mentions(body);

    assertThat(mentions).extracting(Mention::text, Mention::type).containsExactly(
        tuple("R. Mensah", EntityType.PERSON), tuple("Ft. Lauderdale", EntityType.PLACE));
  }

  @Test
  void find_commonNounOpeningASentence_isDroppedEvenBeforeSaid() {
    String body = "Officials said the road would reopen. Critics, including Velm residents, disagreed.";

    assertThat(mentions(body)).extracting(Mention::text).containsExactly("Velm");
  }

  @Test
  void find_organisationNamesWithInnerConnectors_areOneMention() {
    String body = "The Ministry of Fisheries and Oceans, the Department for the Environment and Lund & Sons "
        + "signed. Officials from the Ministry of Transport and Kim Jong-un attended.";

    List<Mention> mentions = mentions(body);

    assertThat(mentions).extracting(Mention::text, Mention::type).containsExactly(
        tuple("Ministry of Fisheries and Oceans", EntityType.ORGANISATION),
        tuple("Department for the Environment", EntityType.ORGANISATION),
        tuple("Lund & Sons", EntityType.ORGANISATION),
        tuple("Ministry of Transport", EntityType.ORGANISATION),
        tuple("Kim Jong-un", EntityType.PERSON));
  }

  @Test
  void find_hyphenGluedToSecondPartByTheTokenizer_keepsTheDoubleBarrelledName() {
    List<Mention> mentions = mentions("The talks will be chaired by Ingrid Solberg-Hale, the envoy. "
        + "Solberg-Hale told reporters nothing.");

    assertThat(mentions).extracting(Mention::text).containsExactly("Ingrid Solberg-Hale", "Solberg-Hale");
  }

  @Test
  void find_businessAndClubNames_areOrganisationsNotPeopleOrPlaces() {
    List<Mention> mentions = mentions("Shares in Quillon Systems fell while Brightwater Energy rose. "
        + "Crews at Corrin Bay Ferries walked out before Harwick Rovers played St. Maur Athletic.");

    assertThat(typeOf(mentions, "Quillon Systems")).isEqualTo(EntityType.ORGANISATION);
    assertThat(typeOf(mentions, "Brightwater Energy")).isEqualTo(EntityType.ORGANISATION);
    assertThat(typeOf(mentions, "Corrin Bay Ferries")).isEqualTo(EntityType.ORGANISATION);
    assertThat(typeOf(mentions, "Harwick Rovers")).isEqualTo(EntityType.ORGANISATION);
    assertThat(typeOf(mentions, "St. Maur Athletic")).isEqualTo(EntityType.ORGANISATION);
  }

  @Test
  void find_namesEndingInALandscapeWord_arePlaces() {
    List<Mention> mentions = mentions("Passengers waited at Gannet Crossing while Fenwick Marsh flooded "
        + "and a test over the Sea of Vell was condemned.");

    assertThat(typeOf(mentions, "Gannet Crossing")).isEqualTo(EntityType.PLACE);
    assertThat(typeOf(mentions, "Fenwick Marsh")).isEqualTo(EntityType.PLACE);
    assertThat(typeOf(mentions, "Sea of Vell")).isEqualTo(EntityType.PLACE);
  }

  @Test
  void find_datelineBeforeADash_isAPlace() {
    List<Mention> mentions = mentions("ALTMOOR - More than 30,000 homes were without power on Friday.");

    assertThat(typeOf(mentions, "ALTMOOR")).isEqualTo(EntityType.PLACE);
  }

  @Test
  void find_spelledOutNumberOpeningASentence_isNoName() {
    List<Mention> mentions = mentions("Forty-one sailings were cancelled. Twelve crews stayed home.");

    assertThat(mentions).isEmpty();
  }

  @Test
  void find_andInsideAnOrganisationName_joinsBothParts() {
    List<Mention> mentions = mentions("The Maritime and Coastal Workers Union said its members voted.");

    assertThat(mentions).extracting(Mention::text, Mention::type)
        .containsExactly(tuple("Maritime and Coastal Workers Union", EntityType.ORGANISATION));
  }

  @Test
  void find_loneSurnameOpeningASentenceWithARoleApposition_isAPerson() {
    List<Mention> mentions = mentions("The deal was signed. Renfrew, the company's chief executive, "
        + "said the deal was affordable.");

    assertThat(mentions).extracting(Mention::text, Mention::type).containsExactly(tuple("Renfrew", EntityType.PERSON));
  }

  @Test
  void find_singleNameNextToAPlaceNoun_isAPlace() {
    List<Mention> mentions = mentions("Forecasters warned Talmore residents on Monday. "
        + "The people of Altmoor and Kaldera's leader were not told.");

    assertThat(typeOf(mentions, "Talmore")).isEqualTo(EntityType.PLACE);
    assertThat(typeOf(mentions, "Altmoor")).isEqualTo(EntityType.PLACE);
    assertThat(typeOf(mentions, "Kaldera")).isEqualTo(EntityType.PLACE);
  }

  @Test
  void find_compassWordBeforeAKnownPlace_isAPlace() {
    List<Mention> mentions = mentions("Containers were lost in the North Atlantic last winter.");

    assertThat(typeOf(mentions, "North Atlantic")).isEqualTo(EntityType.PLACE);
  }

  @Test
  void find_genericOrganisationWordAloneOpeningASentence_isNoName() {
    List<Mention> mentions = mentions("Authorities said the road would reopen. I'm not sure, a driver said.");

    assertThat(mentions).isEmpty();
  }

  @Test
  void find_hyphenatedTitleAfterAnInitialism_isCutFromThePersonsName() {
    List<Mention> mentions = mentions("\"We will act,\" IBCA Secretary-General Paulo Menezes said.");

    assertThat(mentions).extracting(Mention::text, Mention::type).containsExactly(
        tuple("IBCA", EntityType.ORGANISATION), tuple("Paulo Menezes", EntityType.PERSON));
  }

  @Test
  void find_firstWordOfAnOrganisationsNameAlone_isThatOrganisation() {
    List<Mention> mentions = mentions("Quillon Systems admitted the breach. Quillon said it would comply.");

    assertThat(typeOf(mentions, "Quillon")).isEqualTo(EntityType.ORGANISATION);
  }

  @Test
  void find_namesAfterTheOrBeforeWhichOrWithACompanyApposition_areOrganisations() {
    List<Mention> mentions = mentions("Members of the United Miners Guild gathered. Halvorsen Minerals, which is "
        + "based in Norway, said little. Brannick Tolley, the mining company, said less.");

    assertThat(typeOf(mentions, "United Miners Guild")).isEqualTo(EntityType.ORGANISATION);
    assertThat(typeOf(mentions, "Halvorsen Minerals")).isEqualTo(EntityType.ORGANISATION);
    assertThat(typeOf(mentions, "Brannick Tolley")).isEqualTo(EntityType.ORGANISATION);
  }

  @Test
  void find_roleAppositionNamingAnOrganisation_staysAPerson() {
    List<Mention> mentions = mentions("The plan was dropped. \"We are glad,\" said Ruth Haskell, the federation's "
        + "organiser. Leah Mortimer, a spokeswoman for the hospital, agreed.");

    assertThat(typeOf(mentions, "Ruth Haskell")).isEqualTo(EntityType.PERSON);
    assertThat(typeOf(mentions, "Leah Mortimer")).isEqualTo(EntityType.PERSON);
  }

  @Test
  void find_capitalisedWordOpeningATexStyleQuote_isNoName() {
    List<Mention> mentions = mentions("The water was released. ``Levels are not dangerous to people,'' the agency said.");

    assertThat(mentions).isEmpty();
  }

  @Test
  void find_unknownNameCoordinatedWithAPlaceOrAfterAPlaceKind_isAPlace() {
    List<Mention> mentions = mentions("Schools in Altmoor and Westharrow will close. The drive from Brannock Vale "
        + "to Dunmore takes an hour. She visited the capital Orlek.");

    assertThat(typeOf(mentions, "Westharrow")).isEqualTo(EntityType.PLACE);
    assertThat(typeOf(mentions, "Dunmore")).isEqualTo(EntityType.PLACE);
    assertThat(typeOf(mentions, "Orlek")).isEqualTo(EntityType.PLACE);
  }

  @Test
  void find_titleWithOf_endsBeforeThePersonsName() {
    List<Mention> mentions = mentions("Talks resumed. Secretary of State Daniel Whitcombe welcomed them.");

    assertThat(mentions).extracting(Mention::text, Mention::type)
        .containsExactly(tuple("Daniel Whitcombe", EntityType.PERSON));
  }

  @Test
  void find_sentenceOpeningWordTheArticleAlsoWritesInLowerCase_isNoName() {
    List<Mention> mentions = mentions("Forecasters said the storm would come. Mirela Dascalu, the chief "
        + "forecaster, agreed.");

    assertThat(mentions).extracting(Mention::text).containsExactly("Mirela Dascalu");
  }

  @Test
  void find_portfolioBeforeAMinistersTitle_isNoOrganisation() {
    List<Mention> mentions = mentions("The plan was dropped, Energy Minister Moira Gantz said on Monday.");

    assertThat(mentions).extracting(Mention::text).containsExactly("Moira Gantz");
  }

  @Test
  void find_surnameThatIsAPlaceWord_inARolesApposition_isAPerson_butAPlaceNameStaysAPlace() {
    List<Mention> mentions = mentions("Corran Logistics named its new chief executive, Nora Vale, on Tuesday. "
        + "She takes over from Piet Smit, who is retiring. Ellen Marsh, the founder of the firm, welcomed her. "
        + "The festival moves to Aldwick Common. Residents of Fenwick Marsh were told to leave.");

    assertThat(typeOf(mentions, "Nora Vale")).isEqualTo(EntityType.PERSON);
    assertThat(typeOf(mentions, "Piet Smit")).isEqualTo(EntityType.PERSON);
    assertThat(typeOf(mentions, "Ellen Marsh")).isEqualTo(EntityType.PERSON);
    assertThat(typeOf(mentions, "Aldwick Common")).isEqualTo(EntityType.PLACE);
    assertThat(typeOf(mentions, "Fenwick Marsh")).isEqualTo(EntityType.PLACE);
  }
}
