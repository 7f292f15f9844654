package dev.parallax.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.Article;
import dev.parallax.model.DeclaredMetadata;
import dev.parallax.model.DetectedLanguage;
import dev.parallax.model.RawDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Short news texts we wrote, each in one language, are identified with the right ISO 639 code. */
class LanguageIdentifierTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      en | The harbour council said on Monday that the Tarnby bridge will close for six weeks of repairs, and ferries will run every twenty minutes instead.
      fr | Le conseil du port a annoncé lundi que le pont de Tarnby fermera pendant six semaines de travaux, et que les ferries partiront toutes les vingt minutes.
      de | Der Hafenrat teilte am Montag mit, dass die Tarnby-Brücke für sechs Wochen wegen Reparaturen gesperrt wird und die Fähren alle zwanzig Minuten fahren.
      es | El consejo del puerto anunció el lunes que el puente de Tarnby cerrará seis semanas por obras y que los transbordadores saldrán cada veinte minutos.
      it | Il consiglio del porto ha annunciato lunedì che il ponte di Tarnby resterà chiuso per sei settimane di lavori e che i traghetti partiranno ogni venti minuti.
      pt | O conselho do porto anunciou na segunda-feira que a ponte de Tarnby ficará fechada seis semanas para obras e que as balsas sairão a cada vinte minutos.
      nl | De havenraad maakte maandag bekend dat de Tarnby-brug zes weken dichtgaat voor herstelwerk en dat de veerboten elke twintig minuten varen.
      ru | Совет порта объявил в понедельник, что мост Тарнби закроют на шесть недель для ремонта, а паромы будут ходить каждые двадцать минут.
      zh | 港口委员会周一宣布，塔恩比大桥将关闭六周进行维修，渡轮将改为每二十分钟一班。居民表示担心上下班时间会变长。
      """)
  void identify_shortNewsTexts(String code, String text) {
    assertThat(LanguageIdentifier.identify(text)).map(DetectedLanguage::code).contains(code);
  }

  @Test
  void identify_tooFewLettersToTell_isEmpty() {
    assertThat(LanguageIdentifier.identify("Bridge shut. 12:40")).isEmpty();
    assertThat(LanguageIdentifier.identify("")).isEmpty();
  }

  @Test
  void identify_longTextIsConfident() {
    String text = "The harbour council said on Monday that the Tarnby bridge will close for six weeks of repairs."
        + " Ferries will run every twenty minutes instead, and the council will pay for extra buses at peak hours."
        + " Residents on the east bank said the closure would add half an hour to their journeys to work.";
    assertThat(LanguageIdentifier.identify(text)).hasValueSatisfying(language -> {
      assertThat(language.code()).isEqualTo("en");
      assertThat(language.confidence()).isGreaterThan(0.5);
    });
  }

  @Test
  void iso639_threeLetterCodesBecomeTwoLetterWhereThereIsOne() {
    assertThat(LanguageIdentifier.iso639("eng")).isEqualTo("en");
    assertThat(LanguageIdentifier.iso639("cmn")).isEqualTo("zh");
    assertThat(LanguageIdentifier.iso639("ceb")).isEqualTo("ceb");
  }

  @Test
  void extract_articleCarriesTheBodysLanguage() throws Exception {
    String page = "Le pont de Tarnby fermera six semaines\n\n"
        + "Le conseil du port a annoncé lundi que le pont de Tarnby fermera pendant six semaines de travaux.\n\n"
        + "Les ferries partiront toutes les vingt minutes, et des bus supplémentaires circuleront aux heures de pointe.";
    Article article = new ArticleExtractor().extract(
        new RawDocument("in/pont.txt", RawDocument.Format.TEXT, page, DeclaredMetadata.NONE));
    assertThat(article.language()).map(DetectedLanguage::code).contains("fr");
  }
}
