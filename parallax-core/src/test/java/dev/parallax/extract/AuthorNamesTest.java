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

  @Test
  void fromByline_labelAndColon_isAByline() {
    assertThat(AuthorNames.fromByline("Words: Lisa Grant")).containsExactly("Lisa Grant");
    assertThat(AuthorNames.fromByline("Author: Oskar Lund")).containsExactly("Oskar Lund");
    assertThat(AuthorNames.hasBylinePrefix("Words: Lisa Grant")).isTrue();
    assertThat(AuthorNames.hasBylinePrefix("Words matter more than ever, she said.")).isFalse();
  }

  @Test
  void fromByline_onAndADate_endsTheNames() {
    assertThat(AuthorNames.fromByline("By Logan Pike on Monday, January 9th, 2024")).containsExactly("Logan Pike");
    assertThat(AuthorNames.fromByline("By Ana Ruiz on 4 June 2025")).containsExactly("Ana Ruiz");
  }

  @Test
  void fromByline_outletAfterTheName_isNoAuthor() {
    assertThat(AuthorNames.fromByline("Ana Ruiz, Harbour Gazette")).containsExactly("Ana Ruiz");
    assertThat(AuthorNames.fromByline("By Marta Quinn, Eastmoor Herald")).containsExactly("Marta Quinn");
    assertThat(AuthorNames.fromBylines(java.util.List.of("Tom Vale, Valley Times"))).containsExactly("Tom Vale");
    // two people after a comma stay two people
    assertThat(AuthorNames.fromByline("Ana Ruiz, Tom Vale")).containsExactly("Ana Ruiz", "Tom Vale");
  }
}
