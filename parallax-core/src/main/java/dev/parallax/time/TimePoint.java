package dev.parallax.time;

import java.time.LocalDate;

/**
 * A resolved calendar reference: any day inside the period plus how wide the period is. "The third
 * quarter of 1989" is (1989-07-01, QUARTER); later relative expressions ("a year earlier") shift it.
 */
record TimePoint(LocalDate date, Granularity granularity) {}
