/**
 * Evaluation of time-expression tagging on TimeML data (TimeBank, AQUAINT): {@link
 * dev.parallax.eval.time.TimeMlReader} reads {@code .tml} files, {@link dev.parallax.eval.time.TimeEval}
 * runs {@link dev.parallax.time.TimeTagger} with each document's creation time as anchor and scores
 * it ({@link dev.parallax.eval.time.TimeScores}).
 */
package dev.parallax.eval.time;
