package dev.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.AnalyzedArticle;
import dev.parallax.model.Quote;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {
  private final TextAnalyzer analyzer = new TextAnalyzer();

  private List<Quote> quotes(String body) {
    AnalyzedArticle analyzed = analyzer.analyze(TestArticles.article(body));
    for (Quote q : analyzed.quotes()) {
      assertThat(body.substring(q.start(), q.end())).isEqualTo(q.text());
    }
    return analyzed.quotes();
  }

  private Quote only(String body) {
    List<Quote> quotes = quotes(body);
    assertThat(quotes).hasSize(1);
    return quotes.get(0);
  }

  @Test
  void find_saidThenName_attributesToTheName() {
    Quote q = only("\"The wall will be two metres higher,\" said Maria Okafor-Lind.");

    assertThat(q.text()).isEqualTo("The wall will be two metres higher,");
    assertThat(q.speaker()).contains("Maria Okafor-Lind");
  }

  @Test
  void find_nameThenSaid_attributesWithoutHonorific() {
    Quote q = only("\"The wall will be two metres higher,\" Ms Okafor-Lind said.");

    assertThat(q.speaker()).contains("Okafor-Lind");
  }

  @Test
  void find_nameSaidColonBeforeQuote_attributesToTheName() {
    Quote q = only("Jae-won Seo said on Tuesday: \"We lost three boats in one night.\"");

    assertThat(q.speaker()).contains("Jae-won Seo");
  }

  @Test
  void find_nameWithAppositionToldReporters_attributesToTheName() {
    Quote q = only("\"Nobody warned us about the surge,\" Jae-won Seo, a fisherman from Velm, told reporters.");

    assertThat(q.speaker()).contains("Jae-won Seo");
  }

  @Test
  void find_accordingTo_attributesToTheSource() {
    Quote q = only("According to the Bank of Tarsa, \"the losses are larger than anyone expected.\"");

    assertThat(q.speaker()).contains("Bank of Tarsa");
  }

  @Test
  void find_pronounSpeaker_resolvesToNearestPersonBefore() {
    String body = "Lena Hrubý runs the shelter in Velm. Donations have doubled.\n\n"
        + "\"We have beds for forty families tonight,\" she said.";

    Quote q = only(body);

    assertThat(q.speaker()).contains("Lena Hrubý");
  }

  @Test
  void find_pronounSpeaker_ignoresNamesInsideQuotes() {
    String body = "Pavel Hrubý visited the harbour.\n\n"
        + "\"I told Maria Okafor-Lind about it months ago,\" he added.";

    assertThat(only(body).speaker()).contains("Pavel Hrubý");
  }

  @Test
  void find_ministrySaidInAStatement_resolvesToTheNamedMinistry() {
    String body = "The Ministry of Transport closed the coastal road.\n\n"
        + "\"Repairs will begin within a fortnight,\" the ministry said in a statement.";

    assertThat(only(body).speaker()).contains("Ministry of Transport");
  }

  @Test
  void find_organisationNotNamedBefore_keepsThePhrase() {
    Quote q = only("\"Repairs will begin within a fortnight,\" the ministry said.");

    assertThat(q.speaker()).contains("the ministry");
  }

  @Test
  void find_roleSpeaker_resolvesToThePersonIntroducedInThatRole() {
    String body = "Ana Lopes, a spokeswoman for the Velm Harbour Board, confirmed the closure.\n\n"
        + "\"The channel is not safe for any vessel yet,\" the spokeswoman said.";

    assertThat(only(body).speaker()).contains("Ana Lopes");
  }

  @Test
  void find_curlyAndTexQuotes_areFound() {
    String body = "“The sea came in faster than anyone thought possible,” Okafor-Lind said. "
        + "Seo told the Velm Courier the plan was ``fully funded and ready to go.''";

    List<Quote> quotes = quotes(body);

    assertThat(quotes).extracting(Quote::text).containsExactly(
        "The sea came in faster than anyone thought possible,", "fully funded and ready to go.");
    assertThat(quotes).extracting(Quote::speaker)
        .containsExactly(Optional.of("Okafor-Lind"), Optional.of("Seo"));
  }

  @Test
  void find_multiSentenceQuote_isOneQuoteStartingInItsFirstSentence() {
    String body = "The storm ended at dawn. “This is not the end. We have seen worse storms and we "
        + "will see them again,” Okafor-Lind said.";

    Quote q = only(body);

    assertThat(q.text()).isEqualTo("This is not the end. We have seen worse storms and we will see them again,");
    assertThat(q.sentence()).isEqualTo(1);
    assertThat(q.speaker()).contains("Okafor-Lind");
  }

  @Test
  void find_quoteContinuingInNextParagraph_inheritsTheSpeaker() {
    String body = "\"We lost three boats in one night,\" said Jae-won Seo.\n\n"
        + "\"Nobody should have to rebuild twice in one year.\"\n\n"
        + "The harbour reopened on Friday.\n\n"
        + "\"The insurance money never came to any of us.\"";

    List<Quote> quotes = quotes(body);

    assertThat(quotes).extracting(Quote::speaker).containsExactly(
        Optional.of("Jae-won Seo"), Optional.of("Jae-won Seo"), Optional.empty());
  }

  @Test
  void find_quoteLeftOpenAtParagraphEnd_runsToTheParagraphEnd() {
    String body = "\"We will stay until every house is dry,\" said Ana Lopes. \"Then we go home.\n\n"
        + "\"Not before.\"";

    List<Quote> quotes = quotes(body);

    assertThat(quotes).extracting(Quote::text).contains("Then we go home.");
  }

  @Test
  void find_shortScareQuotes_areDroppedUnlessAttributed() {
    String body = "The so-called \"resilience plan\" was criticised. "
        + "\"Too late,\" said Pavel Hrubý.";

    List<Quote> quotes = quotes(body);

    assertThat(quotes).extracting(Quote::text).containsExactly("Too late,");
    assertThat(quotes.get(0).speaker()).contains("Pavel Hrubý");
  }

  @Test
  void find_partialQuoteAfterSubjectWithApposition_attributesToTheSubject() {
    String body = "Tomas Berg arrived at noon. Berg, who toured the harbour in the afternoon, promised "
        + "\"every resource we have.\"";

    assertThat(only(body).speaker()).contains("Tomas Berg");
  }

  @Test
  void find_quoteEndingItsSentence_prefersTheAttributionBeforeIt() {
    String body = "Adebayo Okoro arrived on Monday. He said: “We are ready for the next storm.” "
        + "Ms Okafor-Lind told reporters the plan was funded.";

    assertThat(only(body).speaker()).contains("Adebayo Okoro");
  }

  @Test
  void find_saidRoleWithNameInApposition_attributesToTheName() {
    Quote q = only("\"The pumps are on their way,\" said the spokeswoman, Ana Lopes.");

    assertThat(q.speaker()).contains("Ana Lopes");
  }

  @Test
  void find_questionAskedByName_attributesToTheName() {
    Quote q = only("\"Where were they when the water came?\" asked Oskar Lindqvist.");

    assertThat(q.speaker()).contains("Oskar Lindqvist");
  }

  @Test
  void find_dashThenDottedHonorific_attributesShortAttributedQuote() {
    Quote q = only("\"We are fine\" — Mr. Seo said, adding that the boats could be repaired.");

    assertThat(q.text()).isEqualTo("We are fine");
    assertThat(q.speaker()).contains("Seo");
  }

  @Test
  void find_authoritySaid_resolvesToTheAuthorityNamedBefore() {
    String body = "The Ministry of Transport put the cost at 40 million. The Coastal Resilience Authority "
        + "disagreed. \"That figure is far too low,\" the authority said in a statement.";

    assertThat(only(body).speaker()).contains("Coastal Resilience Authority");
  }

  @Test
  void find_unattributedQuoteAfterSomeoneElseIsNamed_inheritsNothing() {
    String body = "\"The boats are gone and nobody is coming,\" said Jae-won Seo. Tomas Berg disagreed. "
        + "\"Help will arrive before the weekend is over.\"";

    assertThat(quotes(body)).extracting(Quote::speaker)
        .containsExactly(Optional.of("Jae-won Seo"), Optional.empty());
  }

  @Test
  void find_organisationsSpokeswomanSaid_resolvesToTheOrganisation() {
    String body = "The Velm Harbour Board closed the channel.\n\n"
        + "\"No vessel may enter until the survey is done,\" the board's spokeswoman said.";

    assertThat(only(body).speaker()).contains("Velm Harbour Board");
  }

  @Test
  void find_secondQuoteAfterAttributionNamingAnOutlet_stillInheritsTheSpeaker() {
    String body = "\"This is the worst flooding in twenty years,\" Mayor Ines Varga told the Velm Courier. "
        + "\"We need help from the national government.\"";

    assertThat(quotes(body)).extracting(Quote::speaker)
        .containsExactly(Optional.of("Ines Varga"), Optional.of("Ines Varga"));
  }

  @Test
  void find_roleSubjectWithNamedPersonInApposition_attributesToThePerson() {
    String body = "A report by the Gulf Coast Research Institute came out on Monday. The institute's director, "
        + "Dr. Samuel Achterberg, said: \"The data leaves no room for doubt.\"";

    assertThat(only(body).speaker()).contains("Samuel Achterberg");
  }

  @Test
  void find_surnameOpeningASentence_isTheSpeakerOfLaterPronouns() {
    String body = "She was joined by Gov. Raymond Tse of Louisiana and Mayor Ines Varga.\n\n"
        + "Tse, a Republican, called the bill \"a rare moment of common sense.\" "
        + "He added that the state had lost \"more land than Rhode Island.\"";

    assertThat(quotes(body)).extracting(Quote::speaker)
        .containsExactly(Optional.of("Raymond Tse"), Optional.of("Raymond Tse"));
  }

  @Test
  void find_quoteLeftOpenBeforeAnAttributedContinuation_takesItsSpeaker() {
    String body = "\"We lost everything we had in one night.\n\n"
        + "\"Nobody came to help us for six hours,\" said Oskar Lindqvist.";

    assertThat(quotes(body)).extracting(Quote::speaker)
        .containsExactly(Optional.of("Oskar Lindqvist"), Optional.of("Oskar Lindqvist"));
  }

  @Test
  void find_pronounWithAuxiliaryBeforeVerb_resolvesTheShortPartialQuote() {
    String body = "Ines Varga opposed the plan. She had called it \"a temporary fix\" last year.";

    assertThat(only(body).speaker()).contains("Ines Varga");
  }

  @Test
  void find_surnameSpeakerSharedByTwoPeople_isTheFullNameIntroducedLast() {
    String body = "Health Minister Joanna Veit defended the plan. Paul Veit, a senior nurse, disagreed. "
        + "\"Nobody asked us how to fix the rota,\" Mr Veit said.";

    assertThat(only(body).speaker()).contains("Paul Veit");
  }

  @Test
  void find_companyAsSpeakerWithoutTheWordInItsName_isTheNearestOrganisation() {
    String body = "Corrin Bay Ferries regretted the disruption. "
        + "\"We made a fair offer and we remain ready to talk,\" the company said.";

    assertThat(only(body).speaker()).contains("Corrin Bay Ferries");
  }

  @Test
  void find_paragraphEndingInAColon_introducesTheQuoteOpeningTheNext() {
    String body = "Marcus Delahaye said the company accepted the fine. He said:\n\n"
        + "\"We got the timing wrong and the regulator has told us so.\"";

    assertThat(only(body).speaker()).contains("Marcus Delahaye");
  }

  @Test
  void find_abbreviationDotsBetweenVerbAndQuote_stillAttributeTheQuote() {
    String body = "A State Department spokeswoman said the U.S. delegation would raise "
        + "\"every issue that matters to our security\", including the test sites.";

    assertThat(only(body).speaker()).contains("State Department");
  }

  @Test
  void find_nationalityInTheSubject_isNoSpeaker() {
    String body = "The deal was signed in Geneva. A European diplomat called it "
        + "\"the price of getting everyone on board at last\".";

    assertThat(only(body).speaker()).isEmpty();
  }

  @Test
  void find_familyNameFirstSpeaker_isTheFullNameIntroducedLast() {
    String body = "Ri Yong-mi issued a warning on Thursday. Ms Ri said the talks had "
        + "\"mistaken patience for weakness\".";

    assertThat(only(body).speaker()).contains("Ri Yong-mi");
  }

  @Test
  void find_subjectOfARelativeClause_isTheSpeaker() {
    String body = "Ri Hyon-su visited a plant outside Orlek, where he was quoted as telling workers: "
        + "\"Our doors are open, but our house is our own.\"";

    assertThat(only(body).speaker()).contains("Ri Hyon-su");
  }

  @Test
  void find_descriptionOfAnUnnamedOrganisation_isKeptAsWritten() {
    String body = "Analysts at the University of Seoul were divided. The state news agency described "
        + "the meeting as \"a test of American sincerity\".";

    assertThat(only(body).speaker()).contains("The state news agency");
  }

  @Test
  void find_pronounAfterAnAdverbialPhrase_isTheNearestPerson() {
    String body = "Samuel Beck has said he will return to work. In an interview with a local radio station "
        + "he said: \"It is what I know.\"";

    assertThat(only(body).speaker()).contains("Samuel Beck");
  }
}
