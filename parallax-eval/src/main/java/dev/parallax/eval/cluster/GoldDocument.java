package dev.parallax.eval.cluster;

import dev.parallax.model.RawDocument;
import java.util.Objects;

/**
 * One document of a clustering test: what the pipeline reads, and the true story it belongs to.
 *
 * @param id   the name reported in the output, e.g. {@code duc2004/d30001/APW19981016.0240} or {@code multinews/mn001-1}
 * @param gold the true story, e.g. {@code duc2004/d30001}; documents with the same value are one story
 * @param raw  the document as the pipeline's reader would hand it to extraction
 */
public record GoldDocument(String id, String gold, RawDocument raw) {
    public GoldDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(raw, "raw");
    }
}
