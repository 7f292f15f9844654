package dev.parallax.model;

import java.util.List;

/**
 * A dated event of a story.
 *
 * @param date     the normalised date (TimeML value: YYYY, YYYY-MM or YYYY-MM-DD), resolved against
 *                 the publication date of the article that states it
 * @param when     the time expression as written ("on Tuesday", "late February")
 * @param text     the sentence stating it, verbatim at {@code citation}
 * @param citation where that sentence is
 * @param outlets  the independent outlets that mention this date, sorted
 */
public record TimelineEntry(String date, String when, String text, Citation citation, List<String> outlets) {
  public TimelineEntry {
    outlets = List.copyOf(outlets);
  }
}
