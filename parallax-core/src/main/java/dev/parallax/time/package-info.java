/**
 * Time expressions and quantities in news text.
 *
 * <p>{@link dev.parallax.time.TimeTagger} finds time expressions ("on Friday", "last June", "the
 * past seven months", "9:15 a.m.", "every week") and normalises them to TimeML TIMEX3 values
 * ({@link dev.parallax.time.TimeExpression}) against an anchor, the article's publication date.
 * When that date is unknown, {@link dev.parallax.time.TimeTagger#analyze} infers one from the text
 * ({@link dev.parallax.time.InferredDate}, with a confidence and the evidence) and says so.
 *
 * <p>Inside: the rule groups {@code DateRules} (written-out dates, months, years, decades),
 * {@code RelativeRules} (anchor- and discourse-relative expressions), {@code FiscalPeriodRules}
 * (quarters and halves), {@code ClockRules},
 * {@code HolidayRules} and {@code DurationRules} (durations and sets) each propose spans; the
 * tagger keeps the longest non-overlapping ones and resolves them in reading order with
 * {@code RelativeResolver} (calendar arithmetic), {@code TenseDetector} (past or future side of the
 * anchor), {@code TimeLexicon} (month, weekday, number and unit words) and {@code TimexValues}
 * (value formatting). {@code AnchorInference} guesses the publication date.
 *
 * <p>{@link dev.parallax.time.NumberTagger} finds numbers with currency, scale, unit, what they
 * count and the {@link dev.parallax.time.Bound} a qualifier puts on them
 * ({@link dev.parallax.time.Quantity}); the briefing's conflict finder compares these.
 */
package dev.parallax.time;
