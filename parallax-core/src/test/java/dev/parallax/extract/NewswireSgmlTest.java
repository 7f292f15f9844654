package dev.parallax.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.Article;
import dev.parallax.model.DeclaredMetadata;
import dev.parallax.model.PublicationDate;
import dev.parallax.model.RawDocument;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NewswireSgmlTest {
  private final ArticleExtractor extractor = new ArticleExtractor();

  private Article extract(String content) throws ExtractionException {
    return extractor.extract(new RawDocument("duc/APW20260314.0042", RawDocument.Format.TEXT, content, DeclaredMetadata.NONE));
  }

  @Test
  void extract_sgmlWithParagraphTags_bodyTitleDateAndWire() throws Exception {
    String doc =
        """
        <DOC>
        <DOCNO> APW20260314.0042 </DOCNO>
        <DATE_TIME> 2026-03-14 11:23 </DATE_TIME>
        <HEADLINE> Harbour bridge to shut for cable repairs </HEADLINE>
        <TEXT>
        <P>
           PORT WEXLEY (AP) _ The Harbour Bridge will close for six weeks
        from April, the city council said Saturday.
        </P>
        <P>
           ``It is painful but unavoidable,'' Mayor Lena Osei told
        reporters.
        </P>
        </TEXT>
        </DOC>
        """;

    Article article = extract(doc);

    assertThat(article.title()).isEqualTo("Harbour bridge to shut for cable repairs");
    assertThat(article.body())
        .isEqualTo(
            "PORT WEXLEY (AP) — The Harbour Bridge will close for six weeks from April, the city council"
                + " said Saturday.\n\n“It is painful but unavoidable,” Mayor Lena Osei told reporters.");
    assertThat(article.published())
        .contains(new PublicationDate(LocalDate.of(2026, 3, 14), "sgml:DATE_TIME", 0.9));
    assertThat(article.outlet()).contains("Associated Press");
  }

  @Test
  void extract_sgmlWithoutParagraphTagsOrDate_dateFromDocnoAndFirstSentenceTitle() throws Exception {
    String doc =
        "<DOC>\n<DOCNO> XIE20260310.0007 </DOCNO>\n<TEXT>\n"
            + "The Kestrel Bay ferry resumed service on Tuesday after a\n"
            + "nine-day strike ended. Crews accepted a revised pay offer.\n"
            + "</TEXT>\n</DOC>\n";

    Article article = extract(doc);

    assertThat(article.body())
        .isEqualTo("The Kestrel Bay ferry resumed service on Tuesday after a nine-day strike ended. Crews accepted a revised pay offer.");
    assertThat(article.title()).isEqualTo("The Kestrel Bay ferry resumed service on Tuesday after a nine-day strike ended.");
    assertThat(article.published())
        .contains(new PublicationDate(LocalDate.of(2026, 3, 10), "sgml:DOCNO", 0.85));
    assertThat(article.outlet()).contains("Xinhua News Agency");
  }

  @Test
  void extract_oneSentenceWireBrief_isAStory_butTheSameSentenceAsAPlainPageIsNot() throws Exception {
    String sentence = "Harbour police in Port Wexley closed the eastern quay on Sunday after a crane toppled onto"
        + " two parked lorries, the port authority said.";
    String doc = "<DOC>\n<DOCNO> APW20260315.0101 </DOCNO>\n<TEXT>\n" + sentence + "\n</TEXT>\n</DOC>\n";

    Article brief = extract(doc);

    assertThat(brief.body()).isEqualTo(sentence);
    assertThat(brief.published().map(PublicationDate::date)).contains(LocalDate.of(2026, 3, 15));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> extract(sentence))
        .isInstanceOf(ExtractionException.class);
  }

  @Test
  void parse_plainTextMentioningTags_notSgml() {
    assertThat(NewswireSgml.parse("The <TEXT> tag is used in old corpora. Nothing else here.")).isEmpty();
  }
}
