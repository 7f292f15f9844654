package dev.parallax.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NumberTaggerTest {
  private final NumberTagger tagger = new NumberTagger();

  @Test
  void tag_countOfACount_findsBothWithTheNoun() {
    List<Quantity> found = tagger.tag("The Green League won 64 of the 122 seats in Orlen.");
    assertThat(found).extracting(Quantity::value).containsExactly(64.0, 122.0);
    assertThat(found).extracting(Quantity::counted).containsExactly("seats", "seats");
  }

  @Test
  void tag_money_appliesTheScaleAndCurrency() {
    Quantity q = tagger.tag("Veldra Mills raised $2.5 billion from investors.").get(0);
    assertThat(q.text()).isEqualTo("$2.5 billion");
    assertThat(q.value()).isEqualTo(2.5e9);
    assertThat(q.unit()).isEqualTo("USD");
  }

  @Test
  void tag_numberWordsAndDigits_countTheFollowingNoun() {
    assertThat(tagger.tag("Three Americans were among the passengers.").get(0))
        .extracting(Quantity::value, Quantity::counted).containsExactly(3.0, "Americans");
    assertThat(tagger.tag("The flood damaged 212 homes near the river.").get(0))
        .extracting(Quantity::value, Quantity::counted).containsExactly(212.0, "homes");
    assertThat(tagger.tag("About 1,250 volunteers joined.").get(0).value()).isEqualTo(1250.0);
  }

  @Test
  void tag_percent_isAUnit() {
    Quantity q = tagger.tag("Turnout fell 12 percent in Orlen.").get(0);
    assertThat(q.unit()).isEqualTo("%");
    assertThat(q.value()).isEqualTo(12.0);
  }

  @Test
  void tag_numbersInTimeExpressions_areLeftOut() {
    assertThat(tagger.tag("In 2025 the strike lasted two weeks.")).isEmpty();
  }

  @Test
  void tag_shortScalesWithACurrency_areTheSameAmountAsTheLongOnes() {
    assertThat(tagger.tag("The bill rose to £14m.").get(0))
        .extracting(Quantity::text, Quantity::value, Quantity::unit).containsExactly("£14m", 14e6, "GBP");
    assertThat(tagger.tag("Fees reached $40k a year.").get(0).value()).isEqualTo(40e3);
    // without a currency sign, "m" and "k" are no scale: "5 m" is not five million
    assertThat(tagger.tag("The crane lifted 5 m of pipe and 3 k of sand.")).extracting(Quantity::value)
        .doesNotContain(5e6, 3e3);
  }

  @Test
  void tag_qualifiers_boundTheNumberAndAreKeptVerbatim() {
    List<Quantity> found = tagger.tag(
        "More than 200 homes flooded, at least 40 people left, up to 300 jobs may go and about 1,250 volunteers came.");
    assertThat(found).extracting(Quantity::bound)
        .containsExactly(Bound.MORE_THAN, Bound.EQUAL_OR_MORE, Bound.EQUAL_OR_LESS, Bound.APPROX);
    assertThat(found).extracting(Quantity::qualifiedText)
        .containsExactly("More than 200", "at least 40", "up to 300", "about 1,250");
    assertThat(tagger.tag("The flood damaged 212 homes.").get(0).bound()).isEqualTo(Bound.EXACT);
    // a particle, not a bound; "about" after a verb still is one
    assertThat(tagger.tag("Velm refused to hand over two suspects.").get(0).bound()).isEqualTo(Bound.EXACT);
    assertThat(tagger.tag("The crossing took about 40 passengers.").get(0).bound()).isEqualTo(Bound.APPROX);
    // a footnote mark after a closing quote is no number
    assertThat(tagger.tag("They called it “the fulness of times.”5 Others agreed.")).isEmpty();
  }

  @Test
  void tag_labelsYearsDatesAndClockTimes_areNoAmounts() {
    assertThat(tagger.tag("In 2023 the wall was checked on March 10 at 6 am near pier 4 on Route 9."))
        .extracting(Quantity::text).isEmpty();
  }

  @Test
  void tag_withTheTimesAlreadyFound_skipsTheirNumbersWithoutTaggingAgain() {
    String text = "On 3 May 2026 about 40 crews worked 12 hours.";
    List<TimeExpression> times = new TimeTagger().tag(text, Optional.empty());
    assertThat(tagger.tag(text, times)).isEqualTo(tagger.tag(text));
    assertThat(tagger.tag(text, List.of())).extracting(Quantity::value).contains(2026.0);
  }

  @Test
  void admits_boundsAgreeOnlyWithValuesInsideThem() {
    assertThat(Bound.MORE_THAN.admits(200, 212, 0.05)).isTrue();
    assertThat(Bound.MORE_THAN.admits(200, 190, 0.05)).isFalse();
    assertThat(Bound.APPROX.admits(300, 310, 0.05)).isTrue();
    assertThat(Bound.APPROX.admits(300, 340, 0.05)).isFalse();
    assertThat(Bound.EQUAL_OR_LESS.admits(300, 300, 0.05)).isTrue();
  }
}
