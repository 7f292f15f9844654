package dev.parallax.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One article of a story as a briefing lists it.
 *
 * @param number         its citation number in the briefing, from 1
 * @param articleId      the article's id
 * @param source         the path or URL it was read from
 * @param url            its URL when known
 * @param outlet         its publisher when known
 * @param title          its headline
 * @param published      its publication date when known
 * @param dateEvidence   where the date came from, when known
 * @param authors        its byline
 * @param copyOf         the article id of the original when this article is a near-verbatim copy
 * @param copySimilarity the estimated similarity to that original
 * @param signals        opinion and earlier-phase signals
 * @param language       the ISO 639 code of its body's language, when it could be told
 */
public record SourceEntry(
    int number,
    String articleId,
    String source,
    Optional<String> url,
    Optional<String> outlet,
    String title,
    Optional<LocalDate> published,
    Optional<String> dateEvidence,
    List<String> authors,
    Optional<String> copyOf,
    Optional<Double> copySimilarity,
    SourceSignals signals,
    Optional<String> language) {

  public SourceEntry {
    authors = List.copyOf(authors);
    language = language == null ? Optional.empty() : language;
  }

  /** An entry whose article's language is not known. */
  public SourceEntry(int number, String articleId, String source, Optional<String> url, Optional<String> outlet,
      String title, Optional<LocalDate> published, Optional<String> dateEvidence, List<String> authors,
      Optional<String> copyOf, Optional<Double> copySimilarity, SourceSignals signals) {
    this(number, articleId, source, url, outlet, title, published, dateEvidence, authors, copyOf, copySimilarity,
        signals, Optional.empty());
  }
}
