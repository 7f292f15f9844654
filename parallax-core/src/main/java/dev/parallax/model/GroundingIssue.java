package dev.parallax.model;

/**
 * A piece of briefing text that failed the grounding check and was dropped.
 *
 * @param part   which part it was in, e.g. {@code summary} or {@code quotes}
 * @param text   the text that was dropped
 * @param reason why it could not be traced to its sources
 */
public record GroundingIssue(String part, String text, String reason) {}
