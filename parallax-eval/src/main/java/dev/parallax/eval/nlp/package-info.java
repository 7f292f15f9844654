/**
 * Measures Parallax's language analysis (sentences, entity mentions, entity merging, quotes and
 * their speakers) on a set of annotated, fictional news articles written for Parallax.
 *
 * <p>{@link dev.parallax.eval.nlp.AnnotatedCorpus} reads the set (format in
 * {@link dev.parallax.eval.nlp.AnnotationParser}), {@link dev.parallax.eval.nlp.AnnotationValidator}
 * checks it, and {@link dev.parallax.eval.nlp.NlpEval} runs {@code TextAnalyzer} and
 * {@code EntityResolver} per story and scores them into an {@link dev.parallax.eval.nlp.NlpReport}.
 */
package dev.parallax.eval.nlp;
