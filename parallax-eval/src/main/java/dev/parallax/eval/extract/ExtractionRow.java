package dev.parallax.eval.extract;

import java.util.OptionalDouble;

/**
 * One line of an extraction results table.
 *
 * @param system         the system's name
 * @param source         "bundled output" (scored from the data set's file) or "run here"
 * @param scores         the benchmark metric
 * @param publishedF1    the F1 the benchmark publishes for this system, when it does
 * @param pagesPerSecond extraction speed when the system was run here: pages over the wall-clock
 *                       time of the run (on as many threads as the run was given)
 * @param cpuMillisPerPage CPU time per page when the system was run here: on a shared machine the
 *                       fair measure
 * @param failures       pages on which the system threw (scored as empty output)
 */
public record ExtractionRow(
    String system,
    String source,
    ShingleScorer.Scores scores,
    OptionalDouble publishedF1,
    OptionalDouble pagesPerSecond,
    OptionalDouble cpuMillisPerPage,
    int failures) {}
