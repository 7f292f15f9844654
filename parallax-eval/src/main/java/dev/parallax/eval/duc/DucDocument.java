package dev.parallax.eval.duc;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One source article of a DUC cluster.
 *
 * @param docno      the DOCNO, e.g. {@code APW19981016.0240}
 * @param date       publication date: from {@code <DATE_TIME>}/{@code <DATE>} when the SGML has one, else
 *                   read from the DOCNO (which encodes yyyymmdd); empty when neither gives one
 * @param headline   the {@code <HEADLINE>} text, empty when absent (DUC 2003 headlines were removed)
 * @param paragraphs the {@code <TEXT>} body, one element per paragraph, fixed-width lines joined
 */
public record DucDocument(String docno, Optional<LocalDate> date, String headline, List<String> paragraphs) {

    public DucDocument {
        paragraphs = List.copyOf(paragraphs);
    }

    /** The body as paragraphs separated by blank lines. */
    public String text() {
        return String.join("\n\n", paragraphs);
    }
}
