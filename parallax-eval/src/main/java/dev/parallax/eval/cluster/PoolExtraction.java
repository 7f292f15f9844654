package dev.parallax.eval.cluster;

import dev.parallax.extract.ArticleExtractor;
import dev.parallax.extract.ExtractionException;
import dev.parallax.model.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Runs every document of a pool through extraction in parallel, keeping the pool's order. A document extraction
 * rejects becomes a failure line naming it and the reason; the rest of the pool goes on.
 *
 * @param documents what {@code then} made of each extracted document, in pool order
 * @param failures  {@code "<doc id>: <reason>"} for each rejected document
 * @param <T>       what each extracted document becomes
 */
public record PoolExtraction<T>(List<T> documents, List<String> failures) {
    public PoolExtraction {
        documents = List.copyOf(documents);
        failures = List.copyOf(failures);
    }

    /** Extracts each document and hands it with its article to {@code then} (called from several threads). */
    public static <T> PoolExtraction<T> of(List<GoldDocument> pool, BiFunction<GoldDocument, Article, T> then) {
        ArticleExtractor extractor = new ArticleExtractor();
        List<Outcome<T>> outcomes = pool.parallelStream().map(doc -> {
            try {
                return new Outcome<>(then.apply(doc, extractor.extract(doc.raw())), null);
            } catch (ExtractionException e) {
                return new Outcome<T>(null, doc.id() + ": " + e.getMessage());
            }
        }).toList();
        List<T> documents = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Outcome<T> outcome : outcomes) {
            if (outcome.failure() == null) {
                documents.add(outcome.value());
            } else {
                failures.add(outcome.failure());
            }
        }
        return new PoolExtraction<>(documents, failures);
    }

    /** One document's result: its value, or why extraction rejected it. */
    private record Outcome<T>(T value, String failure) {}
}
