package dev.parallax.eval.duc;

import dev.parallax.eval.Csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Reads a Multi-News sample ({@code sample.csv} with columns {@code documents}, {@code num_documents},
 * {@code summary}) into the same {@link Cluster} records as DUC, so one evaluation loop serves both.
 *
 * <p>{@code documents} holds a Python list literal of article strings (single- or double-quoted, with backslash
 * escapes); each article becomes a {@link DucDocument} with id {@code mnNNN-K}, no date, no headline, and
 * paragraphs split at blank lines. The one human summary becomes reference {@code a}, split into sentences at
 * sentence-final punctuation followed by a capital, quote or digit (rouge-score's ROUGE-Lsum needs one sentence
 * per line; published Multi-News scores split the same way with NLTK, so Lsum can differ slightly).
 * Cluster ids are {@code mn001}, {@code mn002}, ... in file order.
 */
public final class MultiNewsReader {

    /** Usual file name of the sample. */
    public static final String SAMPLE_FILE = "sample.csv";

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\s*\\n\\s*\\n\\s*");
    private static final Pattern SENTENCE_END =
            Pattern.compile("(?<=[.!?][\"'\u201d\u2019)]{0,2})\\s+(?=[\"'\u201c\u2018(]?[A-Z0-9])");

    /**
     * Reads a sample file, or {@value #SAMPLE_FILE} inside a folder.
     *
     * @param fileOrFolder the CSV file or its folder
     */
    public List<Cluster> read(Path fileOrFolder) {
        Path file = Files.isDirectory(fileOrFolder) ? fileOrFolder.resolve(SAMPLE_FILE) : fileOrFolder;
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** Parses the CSV text (header line first). */
    public List<Cluster> parse(String csv) {
        List<List<String>> rows = Csv.rows(csv);
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> header = rows.get(0);
        int docsColumn = header.indexOf("documents");
        int summaryColumn = header.indexOf("summary");
        if (docsColumn < 0 || summaryColumn < 0) {
            throw new IllegalArgumentException("Multi-News CSV needs 'documents' and 'summary' columns: " + header);
        }
        List<Cluster> clusters = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.size() <= Math.max(docsColumn, summaryColumn)) {
                continue;
            }
            String id = String.format("mn%03d", r);
            List<DucDocument> documents = new ArrayList<>();
            List<String> articles = pythonStringList(row.get(docsColumn));
            for (int k = 0; k < articles.size(); k++) {
                List<String> paragraphs = new ArrayList<>();
                for (String p : PARAGRAPH_BREAK.split(articles.get(k).strip())) {
                    String para = p.strip().replaceAll("\\s+", " ");
                    if (!para.isEmpty()) {
                        paragraphs.add(para);
                    }
                }
                documents.add(new DucDocument(id + "-" + (k + 1), Optional.empty(), "", paragraphs));
            }
            List<ReferenceSummary> refs = List.of(new ReferenceSummary("a", sentences(row.get(summaryColumn))));
            Map<String, List<String>> noPeers = new TreeMap<>();
            clusters.add(new Cluster(id, documents, refs, new TreeMap<>(noPeers)));
        }
        return clusters;
    }

    /** Splits a summary paragraph into sentences (see the class comment for the rule). */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String s : SENTENCE_END.split(text.strip())) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    /** The strings of a Python list literal such as {@code ['a', "b\n"]}; anything else between them is skipped. */
    static List<String> pythonStringList(String literal) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < literal.length()) {
            char c = literal.charAt(i);
            if (c != '\'' && c != '"') {
                i++;
                continue;
            }
            StringBuilder s = new StringBuilder();
            i++;
            while (i < literal.length() && literal.charAt(i) != c) {
                char ch = literal.charAt(i);
                if (ch == '\\' && i + 1 < literal.length()) {
                    i = unescape(literal, i + 1, s);
                } else {
                    s.append(ch);
                    i++;
                }
            }
            out.add(s.toString());
            i++; // closing quote
        }
        return out;
    }

    /** Appends the character escaped at {@code at} (just after a backslash); returns the index after it. */
    private static int unescape(String text, int at, StringBuilder out) {
        char e = text.charAt(at);
        switch (e) {
            case 'n' -> out.append('\n');
            case 't' -> out.append('\t');
            case 'r' -> out.append('\r');
            case '\\', '\'', '"' -> out.append(e);
            case 'x' -> {
                return hex(text, at + 1, 2, out, e);
            }
            case 'u' -> {
                return hex(text, at + 1, 4, out, e);
            }
            case 'U' -> {
                return hex(text, at + 1, 8, out, e);
            }
            default -> out.append('\\').append(e);
        }
        return at + 1;
    }

    private static int hex(String text, int from, int digits, StringBuilder out, char kind) {
        if (from + digits <= text.length()) {
            try {
                out.appendCodePoint(Integer.parseInt(text.substring(from, from + digits), 16));
                return from + digits;
            } catch (IllegalArgumentException ignored) {
                // not a valid escape: keep it literally below
            }
        }
        out.append('\\').append(kind);
        return from;
    }
}
