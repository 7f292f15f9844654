package dev.parallax.model;

import java.util.List;

/**
 * One side of a {@link Conflict}.
 *
 * @param value    the value as written, e.g. "212" or "$18 million"
 * @param text     a sentence giving it, verbatim at {@code citation}
 * @param citation where that sentence is
 * @param outlets  the independent outlets giving this value, sorted
 */
public record ConflictValue(String value, String text, Citation citation, List<String> outlets) {
  public ConflictValue {
    outlets = List.copyOf(outlets);
  }
}
