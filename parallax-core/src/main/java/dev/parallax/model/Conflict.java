package dev.parallax.model;

import java.util.List;

/**
 * Outlets that give different values for the same quantity, e.g. 212 homes damaged against 190.
 *
 * @param about  what is counted, e.g. "homes" or "amount ($)"
 * @param values each value with the sentences that give it, in order of first report
 */
public record Conflict(String about, List<ConflictValue> values) {
  public Conflict {
    if (values.size() < 2) {
      throw new IllegalArgumentException("a conflict needs at least two values about " + about);
    }
    values = List.copyOf(values);
  }
}
