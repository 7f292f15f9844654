package dev.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.Sentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private final SentenceSplitter splitter = new SentenceSplitter();

  private List<String> texts(String body) {
    return splitter.split(body).stream().map(Sentence::text).toList();
  }

  @Test
  void split_titlesAndAbbreviations_doNotEndSentences() {
    String body = "Mr. Seo met Dr. Lee and Gen. Okoro on Jan. 5 at No. 10 St. Anne Road. "
        + "Mrs. Varga was not there.";

    assertThat(texts(body)).containsExactly(
        "Mr. Seo met Dr. Lee and Gen. Okoro on Jan. 5 at No. 10 St. Anne Road.",
        "Mrs. Varga was not there.");
  }

  @Test
  void split_dottedInitialismsBeforeNames_stayInTheSentence() {
    String body = "The U.S. Navy sent two ships and U.N. officials followed. The harbour reopened.";

    assertThat(texts(body)).containsExactly(
        "The U.S. Navy sent two ships and U.N. officials followed.", "The harbour reopened.");
  }

  @Test
  void split_initialismAtSentenceEnd_stillSplitsBeforeACommonOpener() {
    String body = "The aid came from the U.S. The first lorries arrived on Friday.";

    assertThat(texts(body)).containsExactly(
        "The aid came from the U.S.", "The first lorries arrived on Friday.");
  }

  @Test
  void split_initialsOfAName_doNotEndSentences() {
    String body = "The report was written by J. Pike and R. T. Mensah last year. It runs to 90 pages.";

    assertThat(texts(body)).containsExactly(
        "The report was written by J. Pike and R. T. Mensah last year.", "It runs to 90 pages.");
  }

  @Test
  void split_quoteClosingAfterPeriod_belongsToTheSentenceBefore() {
    String body = "\"We will rebuild.\" she said. \"The sea wall held.\" Engineers agreed.";

    assertThat(texts(body)).containsExactly(
        "\"We will rebuild.\" she said.", "\"The sea wall held.\"", "Engineers agreed.");
  }

  @Test
  void split_curlyQuoteClosingAfterPeriod_belongsToTheSentenceBefore() {
    String body = "She said: “The boats are gone.” The mayor did not reply.";

    assertThat(texts(body)).containsExactly("She said: “The boats are gone.”", "The mayor did not reply.");
  }

  @Test
  void split_ellipsisFollowedByLowerCase_continuesTheSentence() {
    String body = "The water rose... and then it stopped. Nobody was hurt.";

    assertThat(texts(body)).containsExactly("The water rose... and then it stopped.", "Nobody was hurt.");
  }

  @Test
  void split_paragraphs_neverShareASentenceAndIndexAcrossTheArticle() {
    String body = "The storm hit Velm on Tuesday\n\nIt flooded 40 homes. Roads were closed.";

    List<Sentence> sentences = splitter.split(body);

    assertThat(sentences).extracting(Sentence::text)
        .containsExactly("The storm hit Velm on Tuesday", "It flooded 40 homes.", "Roads were closed.");
    assertThat(sentences).extracting(Sentence::index).containsExactly(0, 1, 2);
  }

  @Test
  void split_offsets_matchTheBodyExactlyAndAreTrimmed() {
    String body = "  First line of the story.   Second one here.\n\n\n   Third, after a gap.  ";

    List<Sentence> sentences = splitter.split(body);

    assertThat(sentences).hasSize(3);
    for (Sentence s : sentences) {
      assertThat(body.substring(s.start(), s.end())).isEqualTo(s.text());
      assertThat(s.text()).isEqualTo(s.text().strip());
    }
  }

  @Test
  void split_sentencesGluedWithoutASpace_areSplitWithExactOffsets() {
    String body = "The ferry left without anything.Thus, the island waited. The pier was repaired.Then the boats came back!Crews cheered.";

    List<Sentence> sentences = splitter.split(body);

    assertThat(sentences).extracting(Sentence::text).containsExactly(
        "The ferry left without anything.", "Thus, the island waited.", "The pier was repaired.",
        "Then the boats came back!", "Crews cheered.");
    assertThat(texts("The pier was shut for repairs.Ferrand -- who runs the yard -- said it would reopen."))
        .containsExactly("The pier was shut for repairs.", "Ferrand -- who runs the yard -- said it would reopen.");
    for (Sentence s : sentences) {
      assertThat(body.substring(s.start(), s.end())).isEqualTo(s.text());
    }
  }

  @Test
  void split_gluedQuote_goesWithTheSentenceItCloses() {
    String body = "The mayor said \"the wall will hold.\"Engineers were less sure. "
        + "Nobody expected the flood.\"What now?\" one resident asked.";

    assertThat(texts(body)).containsExactly(
        "The mayor said \"the wall will hold.\"", "Engineers were less sure.",
        "Nobody expected the flood.", "\"What now?\" one resident asked.");
  }

  @Test
  void split_domainsAbbreviationsAndInitialisms_areNotGluedSentences() {
    String body = "Orders at Harbourmart.Com rose after a post on www.tallsea.com and Kettle.Co.Uk pages. "
        + "Mrs.Varga of the U.S.Army and Ph.D. student Ana Lind wrote to news@kettle.Org about it.";

    assertThat(texts(body)).containsExactly(
        "Orders at Harbourmart.Com rose after a post on www.tallsea.com and Kettle.Co.Uk pages.",
        "Mrs.Varga of the U.S.Army and Ph.D. student Ana Lind wrote to news@kettle.Org about it.");
  }

  @Test
  void split_blankBody_hasNoSentences() {
    assertThat(splitter.split("  \n\n  ")).isEmpty();
  }
}
