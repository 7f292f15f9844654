/**
 * The briefing's conflicts on real news: {@link dev.parallax.eval.conflict.ConflictSurvey} briefs
 * every topic of a DUC-style folder and lists the conflicts found, for a reader to judge (no gold
 * set of conflicts exists).
 */
package dev.parallax.eval.conflict;
