/**
 * Language analysis: sentences, entity mentions and their merging, quotes with speakers, time
 * expressions and numbers.
 *
 * <p>{@link dev.parallax.nlp.TextAnalyzer} runs, per article: {@code SentenceSplitter} (OpenNLP
 * sentence model per paragraph, plus rules for news abbreviations, initials and quotes),
 * {@code TokenTagger} (OpenNLP tokens and UD part-of-speech tags with body offsets),
 * {@code MentionFinder} (names and their types, helped by the {@code Gazetteer} resource
 * {@code gazetteer.tsv} and the word lists in {@code NewsWords}), {@code QuoteFinder} (quoted
 * spans and their speakers) and {@link dev.parallax.nlp.TimesAndNumbers} (the
 * {@code dev.parallax.time} taggers run against the publication date or an inferred one; each
 * expression and number with its sentence, each expression with the verb it dates). {@link dev.parallax.nlp.EntityResolver} then merges the mentions of
 * one story's articles into canonical entities, matching names by {@code NameKeys}.
 *
 * <p>The OpenNLP models are loaded once ({@code NlpModels}) and shared; the OpenNLP tools are not
 * thread-safe, so a {@code TextAnalyzer} is for one thread at a time.
 */
package dev.parallax.nlp;
