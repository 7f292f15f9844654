package dev.parallax.model;

import java.util.List;

/**
 * One side of a {@link Conflict}.
 *
 * @param value      the value as written, e.g. "212", "$18 million" or "late February next year"
 * @param normalized the value compared: a number in plain digits with its unit and bound
 *                   ("18000000 USD", "~300", ">200"), or a TimeML date value with its mod
 *                   ("2027-02", "2026 END"); empty when unknown
 * @param text       a sentence giving it, verbatim at {@code citation}
 * @param citation   where that sentence is
 * @param outlets    the independent outlets giving this value, sorted
 */
public record ConflictValue(String value, String normalized, String text, Citation citation, List<String> outlets) {
  public ConflictValue {
    normalized = normalized == null ? "" : normalized;
    outlets = List.copyOf(outlets);
  }

  /** A value without its normalised form. */
  public ConflictValue(String value, String text, Citation citation, List<String> outlets) {
    this(value, "", text, citation, outlets);
  }
}
