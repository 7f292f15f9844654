package dev.parallax.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.Article;
import dev.parallax.model.DeclaredMetadata;
import dev.parallax.model.RawDocument;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** UTF-8 read as windows-1252 is repaired; correct text, accents included, is never touched. */
class MojibakeRepairTest {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /**
   * What a UTF-8 text looks like after a reader took its bytes for windows-1252 as browsers do,
   * the five bytes windows-1252 leaves undefined becoming C1 controls.
   */
  private static String garble(String text) {
    StringBuilder out = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      String c = new String(new byte[] {b}, WINDOWS_1252);
      out.append(c.equals("\uFFFD") ? (char) (b & 0xFF) : c.charAt(0));
    }
    return out.toString();
  }

  @Test
  void repair_typographicQuotesAndAccents() {
    assertThat(MojibakeRepair.repair("The ferryâ€™s captain called it â€œroutineâ€¦"))
        .isEqualTo("The ferry’s captain called it “routine…");
    assertThat(MojibakeRepair.repair("The cafÃ© in SÃ£o Martim reopened â€” at last."))
        .isEqualTo("The café in São Martim reopened — at last.");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Marta Kowalczyk’s “naïve” plan for the Café Örnsköld — €4.5m, 3×2 m, 25 °C.",
      "Dziękuję, Łódź! Ελληνικά, русский, 中文, 한국어, עברית, العربية, Tiếng Việt 😀",
      "Prices: £5 · ¥300 · 50% off — ¿Qué? ¡Sí! «Très bien» daß… CAFÉ” ÀÉÎÕÜ"})
  void repair_roundTripOfAnyGarbledTextGivesItBack_andCorrectTextStaysAsItIs(String correct) {
    assertThat(MojibakeRepair.repair(correct)).isSameAs(correct);
    assertThat(MojibakeRepair.repair(garble(correct))).isEqualTo(correct);
  }

  @Test
  void repair_garbledTwice() {
    String correct = "The council’s “plan” — approved.";
    assertThat(MojibakeRepair.repair(garble(garble(correct)))).isEqualTo(correct);
    // Java's own reading turns the undefined byte of ” into U+FFFD, itself garbled the second time.
    String javaTwice = new String(new String(correct.getBytes(StandardCharsets.UTF_8), WINDOWS_1252)
        .getBytes(StandardCharsets.UTF_8), WINDOWS_1252);
    assertThat(MojibakeRepair.repair(javaTwice)).isEqualTo(correct);
  }

  @Test
  void repair_mixedTextRepairsOnlyTheMojibake() {
    assertThat(MojibakeRepair.repair("Café owner RenÃ©e Duval said itâ€™s naïve to expect more."))
        .isEqualTo("Café owner Renée Duval said it’s naïve to expect more.");
  }

  @Test
  void repair_closingQuoteWhoseLastByteWindows1252LeavesUndefined() {
    // Java reads the 0x9D of ” as U+FFFD under windows-1252.
    String garbled = new String("“Done”, she said.".getBytes(StandardCharsets.UTF_8), WINDOWS_1252);
    assertThat(garbled).contains("\uFFFD");
    assertThat(MojibakeRepair.repair(garbled)).isEqualTo("“Done”, she said.");
  }

  @Test
  void repair_latin1ReadingWithC1Controls() {
    String garbled = new String("it’s".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    assertThat(MojibakeRepair.repair(garbled)).isEqualTo("it’s");
  }

  private static final String PARAGRAPHS =
      "The Tarnby ferry’s new timetable starts on Monday, the operator said in a statement.\n\n"
          + "Passengers at the café on the quay called the change “long overdue” and naïve in parts.";

  @Test
  void extract_textInputWithMojibake_bodyAndTitleRepaired() throws Exception {
    RawDocument document = new RawDocument("in/ferry.txt", RawDocument.Format.TEXT,
        garble("Ferry timetable changes\n\n" + PARAGRAPHS), DeclaredMetadata.NONE);

    Article article = new ArticleExtractor().extract(document);

    assertThat(article.body()).isEqualTo(PARAGRAPHS);
  }

  @Test
  void extract_htmlInputWithMojibake_bodyAndTitleRepaired() throws Exception {
    String html = "<html><head><title>Tarnby ferry’s timetable | Tarnby Courier</title></head><body><article>"
        + "<p>" + PARAGRAPHS.replace("\n\n", "</p><p>") + "</p></article></body></html>";
    RawDocument document = new RawDocument("in/ferry.html", RawDocument.Format.HTML, garble(html), DeclaredMetadata.NONE);

    Article article = new ArticleExtractor().extract(document);

    assertThat(article.body()).isEqualTo(PARAGRAPHS);
    assertThat(article.title()).isEqualTo("Tarnby ferry’s timetable");
  }
}
