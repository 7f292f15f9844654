package dev.parallax.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuthorNamesTest {
  @Test
  void fromByline_prefixDateAndOutletStripped() {
    assertThat(AuthorNames.fromByline("By Ana Ruiz | The Harbour Gazette")).containsExactly("Ana Ruiz");
    assertThat(AuthorNames.fromByline("Written by Tom Vale, 14 March 2026")).containsExactly("Tom Vale");
    assertThat(AuthorNames.fromByline("By Ana Ruiz for Kestrel Daily")).containsExactly("Ana Ruiz");
  }

  @Test
  void fromByline_severalNames_splitInOrder() {
    assertThat(AuthorNames.fromByline("By Ana Ruiz, Tom Vale and Ines de la Cruz"))
        .containsExactly("Ana Ruiz", "Tom Vale", "Ines de la Cruz");
  }

  @Test
  void fromByline_rolesDomainsAndInitialsHandled() {
    assertThat(AuthorNames.fromByline("Marta J. Lind, Senior Correspondent")).containsExactly("Marta J. Lind");
    assertThat(AuthorNames.fromByline("Colm Hardy, kestreldaily.com")).containsExactly("Colm Hardy");
    assertThat(AuthorNames.fromByline("Harbour Wire staff")).isEmpty();
    assertThat(AuthorNames.fromByline("By By")).isEmpty();
    assertThat(AuthorNames.fromByline("https://kestreldaily.example/staff/colm")).isEmpty();
  }
}
