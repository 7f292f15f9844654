package dev.parallax.eval.nlp;

import java.util.Optional;

/**
 * Quoted speech in an annotated body: the words inside the marks, and the story entity that said
 * them when the text says who (empty for an unattributable quote).
 */
public record GoldQuote(int start, int end, String text, Optional<String> speaker) {}
