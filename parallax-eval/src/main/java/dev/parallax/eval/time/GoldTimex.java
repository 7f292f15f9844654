package dev.parallax.eval.time;

/**
 * A TIMEX3 annotated in a TimeML document.
 *
 * @param start offset into the document's tag-stripped TEXT (inclusive)
 * @param end offset after the last character (exclusive)
 * @param text the annotated words
 * @param type DATE, TIME, DURATION or SET
 * @param value the gold TimeML value
 * @param creationTime true for the document creation time (excluded from scoring)
 */
public record GoldTimex(int start, int end, String text, String type, String value, boolean creationTime) {}
