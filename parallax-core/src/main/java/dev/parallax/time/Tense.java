package dev.parallax.time;

/** Whether the sentence around an expression talks about the past or the future. */
enum Tense {
  PAST,
  FUTURE
}
