package dev.parallax.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
}
