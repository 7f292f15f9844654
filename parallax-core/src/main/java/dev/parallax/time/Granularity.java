package dev.parallax.time;

/** How coarse a calendar reference is; decides how a resolved point is written as a value. */
enum Granularity {
  DAY,
  WEEK,
  WEEKEND,
  MONTH,
  QUARTER,
  HALF,
  SEASON,
  YEAR,
  DECADE,
  CENTURY
}
