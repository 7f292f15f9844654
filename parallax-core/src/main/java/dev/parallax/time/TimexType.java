package dev.parallax.time;

/** The four TimeML TIMEX3 types: a calendar date, a clock time, a length of time, a recurrence. */
public enum TimexType {
  DATE,
  TIME,
  DURATION,
  SET
}
