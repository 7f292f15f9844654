package dev.parallax.brief;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceFilterTest {
  @Test
  void isSummaryCandidate_completeReportingSentence_isCandidate() {
    assertThat(SentenceFilter.isSummaryCandidate(
        "Engineers closed the Talmore bridge on Thursday after inspectors found cracks in its main span.")).isTrue();
  }

  @Test
  void isSummaryCandidate_fragmentsQuestionsAndOpinion_areNot() {
    assertThat(SentenceFilter.isSummaryCandidate("Bridge shut.")).as("too short").isFalse();
    assertThat(SentenceFilter.isSummaryCandidate("Why did nobody check the welds on the bridge before it cracked?")).isFalse();
    assertThat(SentenceFilter.isSummaryCandidate("and then the council said the ferries would run every hour from Monday.")).isFalse();
    assertThat(SentenceFilter.isSummaryCandidate("We were told for years that the bridge was perfectly safe to use.")).isFalse();
  }

  @Test
  void isClaim_outletAddressingItsReader_isNot() {
    assertThat(SentenceFilter.isClaim("Here is what we know so far about the closure and how to get around.")).isFalse();
    assertThat(SentenceFilter.isClaim("If you drive to the pier, allow an extra hour for the crossing on Monday.")).isFalse();
    assertThat(SentenceFilter.isClaim(
        "\"We will keep the ferries running all night,\" the harbour master said on Monday.")).isTrue();
    assertThat(SentenceFilter.isClaim("The harbour master said the ferries would run all night on Monday.")).isTrue();
  }

  @Test
  void isSummaryCandidate_photoCaption_isNot() {
    assertThat(SentenceFilter.isSummaryCandidate(
        "Transport minister Maria Okafor-Lind, left, and engineer Tom Hrubý inspect the cracked span on Thursday.")).isFalse();
    assertThat(SentenceFilter.isSummaryCandidate(
        "Ferry passengers queue at the Talmore pier before the first crossing, in a file photo from 2024.")).isFalse();
    assertThat(SentenceFilter.isSummaryCandidate(
        "A photo of the Talmore pier shows the queue stretching back to the harbour gates.")).isFalse();
    assertThat(SentenceFilter.isSummaryCandidate(
        "The ferry left the pier on time, and the crossing took just under forty minutes.")).isTrue();
  }

  @Test
  void isSummaryCandidate_embeddedPostOrFirstPersonPost_isNot() {
    assertThat(SentenceFilter.isSummaryCandidate(
        "Queues at the Talmore pier again this morning pic.twitter.com/Ab12Cd34 — Tom Hruby (@tomhruby) 2031.")).isFalse();
    assertThat(SentenceFilter.isSummaryCandidate(
        "My ferry was cancelled for the third time this week and nobody at the pier knew why.")).isFalse();
    assertThat(SentenceFilter.isSummaryCandidate(
        "The Talmore ferry was cancelled for the third time this week, the operator confirmed.")).isTrue();
  }

  @Test
  void isSummaryCandidate_halfOfAMultiSentenceQuote_isNot() {
    assertThat(SentenceFilter.isSummaryCandidate("\"The 2023 review told ministers the bearings needed replacing.")).isFalse();
    assertThat(SentenceFilter.isSummaryCandidate("“The 2023 review told ministers the bearings needed replacing.")).isFalse();
  }

  @Test
  void isSummaryCandidate_mostlyQuote_isNot() {
    assertThat(SentenceFilter.isSummaryCandidate(
        "\"We will not reopen the bridge until every single weld has been checked twice,\" she said.")).isFalse();
  }

  @Test
  void isSummaryCandidate_mostlyQuoteNamingItsSpeaker_is() {
    assertThat(SentenceFilter.isSummaryCandidate(
        "\"We will not reopen the bridge until every single weld has been checked twice,\" harbour master Ines Varga said.")).isTrue();
    assertThat(SentenceFilter.isSummaryCandidate(
        "\"We will not reopen the bridge until every single weld has been checked twice,\" he told reporters.")).isFalse();
    assertThat(SentenceFilter.isSummaryCandidate(
        "“We will not reopen the bridge until every single weld has been checked twice.”")).as("no speaker").isFalse();
  }

  @Test
  void isSummaryCandidate_pronounSubjectOfTheFirstVerb_isNot() {
    assertThat(SentenceFilter.isSummaryCandidate(
        "These were among the concerns raised by residents at the meeting in Dunlow on Tuesday.")).isFalse();
    assertThat(SentenceFilter.isSummaryCandidate(
        "It was the third closure of the Fenwick bridge since the harbour works began in March.")).isFalse();
    assertThat(SentenceFilter.isSummaryCandidate(
        "This week's closure of the Fenwick bridge was the third since the harbour works began.")).as("a noun phrase").isTrue();
  }
}
