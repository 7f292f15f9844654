package dev.parallax.eval.nlp;

import java.util.List;

/**
 * One annotated article: its plain body and the gold mentions and quotes in it, offsets
 * half-open into {@code body}.
 *
 * @param id       the file name without extension, unique within the set
 * @param title    its headline
 * @param body     the plain text, paragraphs separated by a blank line
 * @param mentions gold names, in text order
 * @param quotes   gold quotes, in text order
 */
public record AnnotatedArticle(String id, String title, String body, List<GoldMention> mentions, List<GoldQuote> quotes) {
  public AnnotatedArticle {
    mentions = List.copyOf(mentions);
    quotes = List.copyOf(quotes);
  }
}
