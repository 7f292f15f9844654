package dev.parallax.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextKeysTest {

  @Test
  void entityKeys_variantsOfOneName_giveOneKey() {
    assertThat(EntityKeys.normalise("Dr. Ana-Vel's")).isEqualTo("dr ana vel");
    assertThat(EntityKeys.normalise("DR  ANA VEL")).isEqualTo("dr ana vel");
    assertThat(EntityKeys.normalise("Ana Vel’s")).isEqualTo("ana vel");
    assertThat(EntityKeys.normalise("U.N.")).isEqualTo("un");
  }

  @Test
  void contentWords_dropStopwords_stem_keepNumbers() {
    assertThat(new ContentWords().of("The floods were flooding 200 homes, officials said."))
        .containsExactly("flood", "flood", "200", "home", "offici");
  }
}
