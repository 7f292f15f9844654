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
 * @param documents  what {@code then} made of each extracted document, in pool order
 * @param rejections each document extraction rejected, with the reason, in pool order
 * @param <T>        what each extracted document becomes
 */
public record PoolExtraction<T>(List<T> documents, List<Rejection> rejections) {
    public PoolExtraction {
        documents = List.copyOf(documents);
        rejections = List.copyOf(rejections);
    }

    /** A pool document extraction rejected, and why. */
    public record Rejection(GoldDocument document, String reason) {
        /** {@code "<doc id>: <reason>"}. */
        @Override
        public String toString() {
            return document.id() + ": " + reason;
        }
    }

    /** {@code "<doc id>: <reason>"} for each rejected document. */
    public List<String> failures() {
        return rejections.stream().map(Rejection::toString).toList();
    }

    /** Extracts each document and hands it with its article to {@code then} (called from several threads). */
    public static <T> PoolExtraction<T> of(List<GoldDocument> pool, BiFunction<GoldDocument, Article, T> then) {
        ArticleExtractor extractor = new ArticleExtractor();
        List<Outcome<T>> outcomes = pool.parallelStream().map(doc -> {
            try {
                return new Outcome<>(then.apply(doc, extractor.extract(doc.raw())), null);
            } catch (ExtractionException e) {
                return new Outcome<T>(null, new Rejection(doc, e.getMessage()));
            }
        }).toList();
        List<T> documents = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        for (Outcome<T> outcome : outcomes) {
            if (outcome.rejection() == null) {
                documents.add(outcome.value());
            } else {
                rejections.add(outcome.rejection());
            }
        }
        return new PoolExtraction<>(documents, rejections);
    }

    /** One document's result: its value, or why extraction rejected it. */
    private record Outcome<T>(T value, Rejection rejection) {}
}
