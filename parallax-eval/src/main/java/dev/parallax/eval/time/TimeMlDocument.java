package dev.parallax.eval.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One TimeML document: its file name, its creation time (the anchor), the TEXT content with all tags
 * removed and entities decoded, and the TIMEX3s annotated in it.
 */
public record TimeMlDocument(String name, Optional<LocalDate> creationDate, String text, List<GoldTimex> timexes) {

  /** Copies the list. */
  public TimeMlDocument {
    timexes = List.copyOf(timexes);
  }
}
