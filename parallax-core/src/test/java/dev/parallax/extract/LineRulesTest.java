package dev.parallax.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class LineRulesTest {
  @ParameterizedTest
  @ValueSource(strings = {"Home | World | Business", "News › Local › Transport", "Home News Sport Business Culture"})
  void isNavigation_menuLines_true(String line) {
    assertThat(LineRules.isNavigation(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Share", "Share on Facebook", "Tweet", "Email", "Print", "Comments (12)", "Copy link", "Share this article"})
  void isWidget_shareAndSocialLines_true(String line) {
    assertThat(LineRules.isWidget(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The council will share the cost with the province.",
        "Officials said the advertisement campaign would start in May.",
        "Related talks are expected next week.",
        "Harbour Bridge to close for six weeks"
      })
  void leftoverRules_realSentencesAndHeadlines_false(String line) {
    assertThat(LineRules.isWidget(line)).isFalse();
    assertThat(LineRules.isAdvertisement(line)).isFalse();
    assertThat(LineRules.isRelatedHeader(line)).isFalse();
    assertThat(LineRules.isNavigation(line)).isFalse();
    assertThat(LineRules.isCaption(line)).isFalse();
    assertThat(LineRules.stub(line)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Ferry docks at dawn. Photo: J. Pike / Harbour Wire",
        "(Photo by Marta Lind for The Harbour Gazette)",
        "Image: Kestrel Daily",
        "Credit: Sound Link",
        "Getty Images",
        "Protesters outside the depot. AP Photo",
        "Image copyright Harbour Wire Image caption The ferry at its berth"
      })
  void isCaption_creditLines_true(String line) {
    assertThat(LineRules.isCaption(line)).isTrue();
  }

  @Test
  void stub_bylineAndDateForms_parsed() {
    assertThat(LineRules.stub("Updated 15 March 2026, 09:12")).hasValueSatisfying(s -> assertThat(s.published()).isEmpty());
    assertThat(LineRules.stub("Published 14 March 2026")).hasValueSatisfying(s -> assertThat(s.published()).contains(LocalDate.of(2026, 3, 14)));
    assertThat(LineRules.stub("Last modified 2026-03-15")).isPresent();
    assertThat(LineRules.stub("Updated at 11:02 p.m. ET")).isPresent();
    assertThat(LineRules.stub("By Ana Ruiz | 14 March 2026 | 4 min read"))
        .hasValueSatisfying(s -> assertThat(s.authors()).containsExactly("Ana Ruiz"));
    assertThat(LineRules.stub("By the end of the week the bridge was closed.")).isEmpty();
  }

  @Test
  void isWidget_mediaPlayerText_true() {
    assertThat(LineRules.isWidget("Embed Ferry strike ends 2:49 autoplay Copy this code to your website")).isTrue();
    assertThat(LineRules.isWidget("Please enable JavaScript to watch this video")).isTrue();
  }

  @Test
  void copyrightOutlet_variants() {
    assertThat(LineRules.copyrightOutlet("© 2026 The Harbour Gazette. All rights reserved.")).contains("The Harbour Gazette");
    assertThat(LineRules.copyrightOutlet("Copyright 2026 Kestrel Daily")).contains("Kestrel Daily");
    assertThat(LineRules.copyrightOutlet("Copyright © 2019-2026 Brindle Courier | Terms of Use | Privacy")).contains("Brindle Courier");
    assertThat(LineRules.copyrightOutlet("© 2026 All rights reserved.")).isEmpty();
  }

  @Test
  void newsletterAndCookie_promptsOnly() {
    assertThat(LineRules.isNewsletterPrompt("Sign up for our newsletter")).isTrue();
    assertThat(LineRules.isNewsletterPrompt("The mayor said she would sign up for the scheme next year.")).isFalse();
    assertThat(LineRules.isCookieNotice("We use cookies to improve your experience. Accept all")).isTrue();
    assertThat(LineRules.isCookieNotice("The bakery sold cookies to raise money for the school.")).isFalse();
  }

  @Test
  void profileRules_authorProfileLines() {
    assertThat(LineRules.isProfileStart("Ana Ruiz is the Gazette's senior transport correspondent. She joined in 2019.")).isTrue();
    assertThat(LineRules.isProfileStart("Ana Ruiz is the new head of the ferry authority.")).isFalse();
    assertThat(LineRules.isContactLine("Follow her on Bluesky at @anaruiz.")).isTrue();
    assertThat(LineRules.isContactLine("Contact the author at ana@gazette.example")).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Read more: Why the bridge cables corroded so fast",
        "[Related: Ferry fares frozen until summer]",
        "SEE MORE: Council approves cable budget",
        "(Also read: Five things to know about the estuary)"
      })
  void isReadMoreLine_linkLines_true(String line) {
    assertThat(LineRules.isReadMoreLine(line)).isTrue();
  }

  @Test
  void isReadMoreLine_sentencesStartingWithTheSameWords_false() {
    assertThat(LineRules.isReadMoreLine("Read the full report on the council website before Friday.")).isFalse();
    assertThat(LineRules.isReadMoreLine("More than 9,000 books were lost in the flood.")).isFalse();
  }

  @Test
  void isPromoOrCredit_creditsAndPromptsButNotParagraphs() {
    assertThat(LineRules.isPromoOrCredit("(Reporting by Ana Ruiz; Editing by Tom Vale)")).isTrue();
    assertThat(LineRules.isPromoOrCredit("Harbour Wire writers Ines Moreau and Colm Hardy contributed to this report.")).isTrue();
    assertThat(LineRules.isPromoOrCredit("Click here to get the Kestrel Daily app")).isTrue();
    assertThat(LineRules.isPromoOrCredit("Tell us what YOU think...")).isTrue();
    assertThat(
            LineRules.isPromoOrCredit(
                "Choosing ten gadgets from a whole year of launches is hard, and we surely left some out."
                    + " Leave a comment and let us know which gadget you would have picked this year."))
        .isFalse();
  }

  @Test
  void isSocialContact_followAndContactLines() {
    assertThat(LineRules.isSocialContact("Follow Kestrel Daily on Instagram, Facebook and YouTube.")).isTrue();
    assertThat(LineRules.isSocialContact("Email Ana Ruiz at ana.ruiz@harbour-gazette.example")).isTrue();
    assertThat(LineRules.isSocialContact("Follow-up inspections will take place in June, the council said.")).isFalse();
  }

  @Test
  void isShoutedHeadline_longCapitalLinesOnly() {
    assertThat(LineRules.isShoutedHeadline("FERRY CREW SAYS STRIKE WAS THE ONLY WAY TO BE HEARD")).isTrue();
    assertThat(LineRules.isShoutedHeadline("WHAT HAPPENS NEXT FOR THE BRIDGE")).isFalse();
    assertThat(LineRules.isShoutedHeadline("The ferry crew said the strike was the only way to be heard.")).isFalse();
  }

  @Test
  void isCaption_photographerAgencyCreditAtTheEnd_isCaption() {
    assertThat(LineRules.isCaption("Pilots wait at the quay on Friday. (Ines Falk/The Orlan Clarion)")).isTrue();
    assertThat(LineRules.isCaption("Police close the quay road, March 3, 2026. VELMAR WIRE/Oskar Lind")).isTrue();
    assertThat(LineRules.isCaption("The council and/or the province will pay for the repairs.")).isFalse();
  }

  @Test
  void isProfileStart_coversOrWritesAboutForAnOutlet_isProfile() {
    assertThat(LineRules.isProfileStart("Ines Falk writes about island life for The Orlan Clarion.")).isTrue();
    assertThat(LineRules.isProfileStart("Oskar Lind covers shipping for the Clarion. He joined in 2018.")).isTrue();
    assertThat(LineRules.isProfileStart("The fund covers repairs for the Talmore sea wall.")).isFalse();
  }

  @Test
  void isPromoOrCredit_agencyStandardsNotice_isDropped() {
    assertThat(LineRules.isPromoOrCredit("Our Standards: The Velmar Wire Trust Principles.")).isTrue();
  }
  @ParameterizedTest
  @ValueSource(strings = {"You may also like...", "You might also like…", "Related stories:", "More from Kestrel Daily"})
  void isRelatedHeader_headersWithEllipsisOrColon_true(String line) {
    assertThat(LineRules.isRelatedHeader(line)).isTrue();
  }

  @Test
  void isPlatformNotice_embeddedPostSettingsAndArchiveNotices_areNotices() {
    assertThat(LineRules.isPlatformNotice("Want to share where you are? Turn on location for your Tweets in settings.")).isTrue();
    assertThat(LineRules.isPlatformNotice("This page was saved by the Wayback Machine during a routine crawl.")).isTrue();
    assertThat(LineRules.isPlatformNotice("The seed for this collection was a list of news sites.")).isTrue();
  }

  @Test
  void isPlatformNotice_longGluedArchiveNoticeLine_isANotice() {
    String filler = " The copies are kept so that readers who follow an old link still see the page it meant.".repeat(6);
    String line = "These crawls are part of an effort to archive the pages a site links to." + filler.strip();
    assertThat(LineRules.wordCount(line)).isGreaterThan(80);
    assertThat(LineRules.isPlatformNotice(line)).isTrue();
    assertThat(LineRules.isPlatformNotice("Officials said the crawls are part of an effort to archive " + filler)).isFalse();
  }

  @Test
  void isPlatformNotice_newsAboutThePlatforms_isKept() {
    assertThat(LineRules.isPlatformNotice("The minister posted the statement on Twitter late on Tuesday.")).isFalse();
    assertThat(LineRules.isPlatformNotice("The Internet Archive said its servers were back online.")).isFalse();
  }

  @Test
  void stub_labelAndColonByline_givesTheAuthor() {
    assertThat(LineRules.stub("Words: Lisa Grant")).hasValueSatisfying(s -> assertThat(s.authors()).containsExactly("Lisa Grant"));
    assertThat(LineRules.stub("AUTHOR: Rosa Pinto")).hasValueSatisfying(s -> assertThat(s.authors()).containsExactly("Rosa Pinto"));
    assertThat(LineRules.stub("Words matter")).isEmpty();
  }

  @Test
  void stub_postedByNameOnDate_givesAuthorAndDate() {
    assertThat(LineRules.stub("Posted by Sam Okafor on 4 June 2025")).hasValueSatisfying(s -> {
      assertThat(s.authors()).containsExactly("Sam Okafor");
      assertThat(s.published()).contains(LocalDate.of(2025, 6, 4));
    });
    // a commenter's stub with a time is still a stub, but names no author
    assertThat(LineRules.stub("Posted by: orla at Nov 23, 2024 2:33:34 PM")).hasValueSatisfying(s -> assertThat(s.authors()).isEmpty());
  }

  @Test
  void cues_foundOnlyAtAWordStart_inAnyCase() {
    LineRules.Cues cues = new LineRules.Cues("photo", "tell us");
    assertThat(cues.foundIn("(PHOTO: Kari Lind)")).isTrue();
    assertThat(cues.foundIn("Please Tell Us what you think")).isTrue();
    assertThat(cues.foundIn("A telephoto lens")).isFalse(); // inside a word: no regex boundary there
    assertThat(cues.foundIn("The council met on Monday.")).isFalse();
  }

  /** Each prefiltered rule still catches the lines its regex is for (the cue list must not miss a form). */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "The harbour at dawn. Photo: J. Pike / Harbour Wire",
        "Volunteers clear the beach (Pictured: Ana Ruiz)",
        "Crowds on the quay. Getty Images",
        "Image copyright Kari Lind",
        "Media caption The ferry leaves Tarnby",
        "The ferry at Tarnby /AFP",
        "Dock workers at the gate (Nadia Ferreira/The Valley Post)",
        "Boats in the bay MERIDIAN WIRE/Tomas Ekberg",
        "Illustration: Lise Aune",
        "Video: the bridge opens"
      })
  void isCaption_eachMarkerForm_true(String line) {
    assertThat(LineRules.isCaption(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Reporting by Ana Ruiz; Editing by Tom Vale",
        "(Additional reporting by Lise Aune)",
        "Oskar Lund contributed to this report.",
        "This material is subject to copyright.",
        "Citation: Harbour Gazette archive",
        "Our standards: The Meridian Wire Trust Principles.",
        "Click here to read the full report",
        "Download the Kestrel app for the latest news",
        "Get our free app today",
        "Tell us what you think in the comments",
        "Join the conversation below",
        "Comments are moderated under our community guidelines"
      })
  void isPromoOrCredit_eachForm_true(String line) {
    assertThat(LineRules.isPromoOrCredit(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "You can add location information to your Tweets, such as your city or precise location.",
        "Twitter stores that location with the post.",
        "The Wayback Machine began this crawl in 2019 to preserve the web.",
        "These crawls are part of an effort to archive pages as they appear on the web.",
        "The seed for this crawl was a list of local news sites."
      })
  void isPlatformNotice_eachForm_true(String line) {
    assertThat(LineRules.isPlatformNotice(line)).isTrue();
  }
}
