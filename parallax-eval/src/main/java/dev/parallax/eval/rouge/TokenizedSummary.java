package dev.parallax.eval.rouge;

import java.util.ArrayList;
import java.util.List;

/**
 * A summary after truncation and normalisation: its sentences (one per input line) as token lists.
 * ROUGE-N counts n-grams over {@link #tokens()} (across sentence boundaries, as ROUGE-1.5.5 does);
 * ROUGE-L works sentence by sentence.
 *
 * @param sentences token lists, one per kept sentence, in order
 */
public record TokenizedSummary(List<List<String>> sentences) {

    public TokenizedSummary {
        sentences = sentences.stream().map(List::copyOf).toList();
    }

    /** All tokens in order. */
    public List<String> tokens() {
        List<String> all = new ArrayList<>();
        sentences.forEach(all::addAll);
        return all;
    }

    /** Number of tokens. */
    public int size() {
        return sentences.stream().mapToInt(List::size).sum();
    }
}
