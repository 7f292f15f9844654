/**
 * Reading DUC-style summarization data folders (source documents, reference summaries, published system
 * summaries). Entry point: {@link dev.parallax.eval.duc.DucLayout}.
 */
package dev.parallax.eval.duc;
