package dev.parallax.model;

import java.util.Optional;

/**
 * A verbatim quote with its speaker.
 *
 * @param text     the quoted words exactly as in the source
 * @param speaker  the speaker's canonical name when known
 * @param citation where it is in the source
 */
public record QuoteEntry(String text, Optional<String> speaker, Citation citation) {}
