package dev.parallax.model;

import dev.parallax.time.Quantity;
import java.util.Objects;

/**
 * A number of an article body with its unit and what it counts.
 *
 * @param sentence index of the sentence it is in
 * @param quantity the number; its offsets point into the article body
 */
public record NumberMention(int sentence, Quantity quantity) {
  public NumberMention {
    if (sentence < 0) {
      throw new IllegalArgumentException("negative sentence index " + sentence);
    }
    Objects.requireNonNull(quantity, "quantity");
  }
}
