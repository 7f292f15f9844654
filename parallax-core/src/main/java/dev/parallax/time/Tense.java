package dev.parallax.time;

/** Whether the sentence around an expression talks about the past or the future, or does not say. */
enum Tense {
  PAST,
  FUTURE,
  /** No verb in the sentence says which. */
  NONE
}
