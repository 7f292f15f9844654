package dev.parallax.brief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.Sentence;
import org.junit.jupiter.api.Test;

class DatelinesTest {
  private static Sentence sentence(String text) {
    return new Sentence(3, 100, 100 + text.length(), text);
  }

  @Test
  void strip_wireDatelineWithDateAndAgency_spanStartsAfterIt() {
    String text = "PORT VELMAR, March 3 (Velmar Wire) — Pilots ended their strike on Tuesday.";
    Sentence stripped = Datelines.strip(sentence(text));
    assertThat(stripped.text()).isEqualTo("Pilots ended their strike on Tuesday.");
    assertThat(stripped.start()).isEqualTo(100 + text.indexOf("Pilots"));
    assertThat(stripped.end()).isEqualTo(100 + text.length());
    assertThat(stripped.index()).isEqualTo(3);
  }

  @Test
  void strip_placeAndDashOnly_isStripped() {
    assertThat(Datelines.strip(sentence("GENEVA - Delegates adopted the treaty.")).text()).isEqualTo("Delegates adopted the treaty.");
  }

  @Test
  void strip_placeWithRegionAndUnderscoreSeparator_isStripped() {
    assertThat(Datelines.strip(sentence("PORT VELMAR, Belmark (Velmar Wire) _ Pilots ended their strike on Tuesday.")).text())
        .isEqualTo("Pilots ended their strike on Tuesday.");
    assertThat(Datelines.strip(sentence("SAN ALTO, North Varra _ Delegates adopted the treaty.")).text())
        .isEqualTo("Delegates adopted the treaty.");
  }

  @Test
  void strip_ordinarySentences_areUnchanged() {
    for (String text : new String[] {
        "The UN said the vote was close — closer than expected.",
        "Pilots ended their strike on Tuesday.",
        "NATO - the alliance - met in Brussels.",
        "The pilots _ Ana Velt and Tom Rask _ ended their strike."}) {
      assertThat(Datelines.strip(sentence(text)).text()).isEqualTo(text);
    }
  }
}
