package dev.parallax.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RobotsRulesTest {
  @Test
  void allows_starGroup_longestMatchWins() {
    RobotsRules rules = RobotsRules.parse("""
        User-agent: *
        Disallow: /private/
        Allow: /private/press/
        Disallow: /*.pdf$
        """, "parallax");
    assertThat(rules.allows("/news/1")).isTrue();
    assertThat(rules.allows("/private/memo")).isFalse();
    assertThat(rules.allows("/private/press/release")).isTrue();
    assertThat(rules.allows("/files/report.pdf")).isFalse();
    assertThat(rules.allows("/files/report.pdf?x=1")).isTrue();
  }

  @Test
  void parse_ownGroup_replacesStarGroup() {
    RobotsRules rules = RobotsRules.parse("""
        User-agent: *
        Disallow: /

        User-agent: OtherBot
        User-agent: Parallax
        Disallow: /drafts # not ready
        """, "parallax");
    assertThat(rules.allows("/news/1")).isTrue();
    assertThat(rules.allows("/drafts/1")).isFalse();
  }

  @Test
  void parse_emptyDisallow_allowsEverything() {
    assertThat(RobotsRules.parse("User-agent: *\nDisallow:\n", "parallax").allows("/x")).isTrue();
    assertThat(RobotsRules.DISALLOW_ALL.allows("/")).isFalse();
  }
}
