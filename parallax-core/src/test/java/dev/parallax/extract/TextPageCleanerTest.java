package dev.parallax.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextPageCleanerTest {
  private final TextPageCleaner cleaner = new TextPageCleaner();

  static String resource(String name) throws IOException {
    try (InputStream in = TextPageCleanerTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void cleanPage_scrapedPage_keepsOnlyArticleParagraphs() throws IOException {
    TextPageCleaner.Result result = cleaner.cleanPage(resource("scraped-bridge.txt"));

    assertThat(result.paragraphs())
        .containsExactly(
            "The Harbour Bridge in Port Wexley will close to traffic from 2 April while engineers"
                + " replace corroded cables, the city council said on Saturday.",
            "The council will share the cost with the province.",
            "Officials said the advertisement campaign would start in May.",
            "Mayor Lena Osei said the closure was \"painful but unavoidable\" and promised extra ferry"
                + " services across the estuary during the works.",
            "Related talks are expected next week.",
            "A temporary bus lane will open on Dock Road, and cyclists will be able to use the ferry"
                + " for free until the bridge reopens.");
  }

  @Test
  void cleanPage_scrapedPage_metadataFromStubs() throws IOException {
    TextPageCleaner.Result result = cleaner.cleanPage(resource("scraped-bridge.txt"));

    assertThat(result.title()).contains("Harbour Bridge to close for six weeks of repairs");
    assertThat(result.authors()).containsExactly("Ana Ruiz", "Tom Vale");
    assertThat(result.published()).contains(LocalDate.of(2026, 3, 14));
    assertThat(result.fromDateLine()).isFalse();
    assertThat(result.outlet()).contains("The Harbour Gazette");
  }

  @Test
  void cleanPage_sentencesContainingLeftoverWords_kept() {
    String page =
        String.join(
            "\n",
            "Share",
            "The council will share the cost with the province.",
            "Related",
            "Related talks are expected next week.",
            "Advertisement",
            "Officials said the advertisement campaign would start in May.",
            "Print",
            "The print edition will carry a full map of the diversions.");

    assertThat(cleaner.cleanPage(page).paragraphs())
        .containsExactly(
            "The council will share the cost with the province.",
            "Related talks are expected next week.",
            "Officials said the advertisement campaign would start in May.",
            "The print edition will carry a full map of the diversions.");
  }

  @Test
  void cleanPage_relatedBlock_headlinesDroppedUntilRealParagraph() {
    String page =
        String.join(
            "\n",
            "The tram line opened on Monday after three years of work.",
            "You might also like",
            "",
            "Tram fares explained",
            "Why the depot moved north",
            "",
            "Passenger numbers exceeded forecasts on the first day, operators said.");

    assertThat(cleaner.cleanPage(page).paragraphs())
        .containsExactly(
            "The tram line opened on Monday after three years of work.",
            "Passenger numbers exceeded forecasts on the first day, operators said.");
  }

  @Test
  void cleanPage_noHeadline_titleEmptyAndFirstLineKept() {
    TextPageCleaner.Result result =
        cleaner.cleanPage("The ferry was late again on Monday. Passengers waited an hour in the rain.");

    assertThat(result.title()).isEmpty();
    assertThat(result.paragraphs()).hasSize(1);
  }

  @Test
  void cleanPage_hardWrappedParagraph_joinedIntoOneLine() {
    String page =
        "Harbour pilots ended their strike on Tuesday after the port authority agreed to review\n"
            + "shift lengths, a spokesperson for the pilots' union said.\n"
            + "\n"
            + "Ships had queued outside the harbour for four days.";

    assertThat(cleaner.cleanPage(page).paragraphs())
        .containsExactly(
            "Harbour pilots ended their strike on Tuesday after the port authority agreed to review"
                + " shift lengths, a spokesperson for the pilots' union said.",
            "Ships had queued outside the harbour for four days.");
  }

  @Test
  void cleanParagraphs_inlineStubsAndMarkers_droppedWithMetadata() {
    TextPageCleaner.Result result =
        cleaner.cleanParagraphs(
            List.of(
                "By Marta Lind | Kestrel Daily",
                "The museum reopened on Sunday after a two-year refit.",
                "ADVERTISEMENT",
                "Copyright 2026 Kestrel Daily"));

    assertThat(result.paragraphs()).containsExactly("The museum reopened on Sunday after a two-year refit.");
    assertThat(result.authors()).containsExactly("Marta Lind");
    assertThat(result.outlet()).contains("Kestrel Daily");
    assertThat(result.title()).isEmpty();
  }

  @Test
  void normalise_unicodeSpacesControlsAndZeroWidth_collapsed() {
    assertThat(TextPageCleaner.normalise("\u0097 Ferry\u00A0service\u2009resumes\u200B\t today "))
        .isEqualTo("Ferry service resumes today");
  }

  @Test
  void cleanPage_bareDateLine_usedAsWeakDate() {
    TextPageCleaner.Result result =
        cleaner.cleanPage("Tuesday 10 March 2026\nThe ferry was late again. Passengers waited an hour.");

    assertThat(result.published()).contains(LocalDate.of(2026, 3, 10));
    assertThat(result.fromDateLine()).isTrue();
  }

  @Test
  void cleanPage_mastheadAndRoleLines_areNeitherTitleNorBody() {
    String page = String.join("\n",
        "THE ORLAN CLARION | News for the islands",
        "Local | Sport | Weather",
        "",
        "Harbour pilots end strike after pay review agreed",
        "",
        "Ines Falk, Maritime correspondent",
        "Published 3 March 2026",
        "",
        "Harbour pilots ended their strike on Tuesday after the port authority agreed to review their pay.",
        "",
        "The first ships entered the harbour within an hour of the announcement.",
        "",
        "© 2026 The Orlan Clarion. All rights reserved.");

    TextPageCleaner.Result result = cleaner.cleanPage(page);

    assertThat(result.title()).contains("Harbour pilots end strike after pay review agreed");
    assertThat(result.paragraphs()).hasSize(2).noneMatch(p -> p.contains("correspondent") || p.contains("CLARION"));
    assertThat(result.outlet()).contains("The Orlan Clarion");
  }

  @Test
  void cleanPage_reprintedWire_publisherIsTheSiteNotTheCreditedAgency() {
    String page = String.join("\n",
        "Orlan Weekly — Serving the islands since 1902",
        "",
        "Treaty adopted on lost containers",
        "By Velmar Wire",
        "",
        "GENEVA, June 11 (Velmar Wire) — Delegates adopted a treaty on containers lost at sea on Thursday.",
        "The vote came after a year of talks between shipping nations and coastal states.",
        "",
        "Copyright 2026 Orlan Weekly",
        "Copyright 2026 Velmar Wire. All rights reserved.");

    TextPageCleaner.Result result = cleaner.cleanPage(page);

    assertThat(result.outlet()).contains("Orlan Weekly");
    assertThat(result.title()).contains("Treaty adopted on lost containers");
    assertThat(result.paragraphs()).noneMatch(p -> p.contains("By Velmar Wire"));
  }

  @Test
  void copyrightOutlet_noticeSentencesAfterTheName_areCut() {
    assertThat(LineRules.copyrightOutlet("© Eastmoor Standard 2026. Registered in Caldera. All rights reserved."))
        .contains("Eastmoor Standard");
  }
  @Test
  void cleanPage_multiMegabyteSingleLine_keptAsOneParagraph() {
    String line = "harbour ferry strike council bridge ".repeat(100_000);

    TextPageCleaner.Result result = new TextPageCleaner().cleanPage(line);

    assertThat(result.paragraphs()).singleElement().satisfies(p -> assertThat(p).hasSize(line.strip().length()));
  }
}
