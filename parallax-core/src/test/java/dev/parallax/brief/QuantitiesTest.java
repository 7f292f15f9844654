package dev.parallax.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuantitiesTest {
  @Test
  void find_countsAndAmounts_withWhatTheyCount() {
    List<Quantities.Quantity> found = Quantities.find(
        "The authority said 212 homes and 3,400 flooded cars were damaged, and repairs would cost $14 million.");
    assertThat(found).extracting(Quantities.Quantity::label).containsExactly("homes", "cars", "amount ($)");
    assertThat(found).extracting(Quantities.Quantity::value).containsExactly(212.0, 3400.0, 14e6);
    assertThat(found).extracting(Quantities.Quantity::surface).containsExactly("212", "3,400", "$14 million");
  }

  @Test
  void find_scaledShortForms_areTheSameAmount() {
    assertThat(Quantities.find("The bill rose to $18m.")).singleElement()
        .satisfies(q -> assertThat(q.value()).isEqualTo(18e6));
  }

  @Test
  void find_yearsDatesTimesLabelsAndBounds_areNotQuantities() {
    assertThat(Quantities.find("In 2023 the wall was checked on March 10 at 6 am near pier 4 by more than 200 workers.")).isEmpty();
  }
}
