package dev.parallax.eval.extract;

import java.util.OptionalDouble;

/**
 * How well our extractor's date and byline match a ground truth that has them, and how often it
 * finds them at all.
 *
 * @param pages           pages looked at
 * @param withDate        pages where we found a publication date
 * @param withAuthors     pages where we found at least one author
 * @param truthDates      pages whose ground truth states a date
 * @param dateAccuracy    share of those where our date is the same calendar day, when there are any
 * @param truthAuthors    pages whose ground truth states an author
 * @param authorAccuracy  share of those where our authors include the first true author (case and
 *                        spacing ignored), when there are any
 */
public record MetadataCheck(
    int pages,
    int withDate,
    int withAuthors,
    int truthDates,
    OptionalDouble dateAccuracy,
    int truthAuthors,
    OptionalDouble authorAccuracy) {}
