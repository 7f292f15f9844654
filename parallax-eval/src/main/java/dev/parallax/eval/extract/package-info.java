/**
 * Measuring article extraction: the Zyte article-extraction benchmark's shingle metric (reproducing
 * the published scores of the systems whose outputs it bundles), and token F1 on HTML-cleaning sets
 * (CleanEval, Dragnet), with Parallax, Readability4J and Crux run side by side.
 */
package dev.parallax.eval.extract;
