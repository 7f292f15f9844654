package dev.parallax.eval.nlp;

/**
 * A name in an annotated body: {@code body.substring(start, end)} is {@code text}, and it refers
 * to the story entity {@code entity}.
 */
public record GoldMention(int start, int end, String text, String entity) {}
