package dev.parallax.eval.rouge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * ROUGE's text normalisation, one summary at a time: length truncation, lowercasing, punctuation removal,
 * optional stopword removal and stemming.
 *
 * <p>ROUGE-1.5.5 order (what its {@code readText} and n-gram code do):
 * <ol>
 *   <li>each input line is one sentence; blank lines are skipped and lines are lowercased;</li>
 *   <li>{@code -l N}: words are counted as whitespace-separated chunks of the raw line (so a stray
 *       {@code ``} or {@code _} counts as a word) and the summary is cut after the N-th; {@code -b N} cuts
 *       after N characters instead, counting one separator between lines (this byte rule is our reading of
 *       ROUGE; unlike the rest it has no published output to be checked against);</li>
 *   <li>every character other than an ASCII letter or digit becomes a space, hyphens and apostrophes
 *       included ({@code two-day} gives two tokens, {@code mayor's} gives {@code mayor s}), and the text is
 *       split on whitespace; this is why a 100-word summary often has more than 100 tokens;</li>
 *   <li>stopwords ({@code -s}) are dropped;</li>
 *   <li>{@code -m}: tokens longer than 3 characters are replaced by their WordNet exception lemma when
 *       listed (the lemma is not stemmed further), otherwise by their Porter stem
 *       ({@link RougePorterStemmer}).</li>
 * </ol>
 * Each of these details was checked against the published DUC 2004 ROUGE-1.5.5 output: keeping hyphenated
 * words whole, stemming exception lemmas, or a single Porter step 4 each break some per-topic scores.
 *
 * <p>The rouge-score convention tokenizes the same way, but has no exception list, uses the single-pass
 * Porter and applies no truncation unless asked. Immutable and thread-safe.
 */
public final class RougeTokenizer {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern EDGE_WHITESPACE = Pattern.compile("^\\s+|\\s+$");
    private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

    private final RougeOptions options;
    private final RougeResources resources;
    private final RougePorterStemmer porter;

    /**
     * @param options   truncation, stemming and stopword settings
     * @param resources the exception and stopword lists ({@link RougeResources#none()} for plain Porter)
     */
    public RougeTokenizer(RougeOptions options, RougeResources resources) {
        this.options = options;
        this.resources = resources;
        this.porter = new RougePorterStemmer(options.convention() == RougeConvention.ROUGE_155);
    }

    /** A tokenizer with the DUC 2004 options and no exception list. */
    public RougeTokenizer() {
        this(RougeOptions.duc2004Words(), RougeResources.none());
    }

    /**
     * Truncates and tokenizes a summary given as sentences (or lines).
     *
     * @param lines the summary, one sentence per element
     */
    public TokenizedSummary tokenize(List<String> lines) {
        List<List<String>> sentences = new ArrayList<>();
        for (String line : truncate(lines)) {
            sentences.add(tokens(line));
        }
        return new TokenizedSummary(sentences);
    }

    /**
     * The lines ROUGE keeps after {@code -l}/{@code -b} truncation: trimmed, lowercased, blank lines dropped.
     *
     * @param lines the summary, one sentence per element
     */
    public List<String> truncate(List<String> lines) {
        List<String> kept = new ArrayList<>();
        int words = 0;
        int bytes = 0;
        for (String raw : lines) {
            String line = asciiLower(EDGE_WHITESPACE.matcher(raw).replaceAll(""));
            if (line.isEmpty()) {
                continue;
            }
            if (options.byteLimit() > 0) {
                int room = options.byteLimit() - bytes;
                if (line.length() >= room) {
                    kept.add(line.substring(0, Math.max(0, room)));
                    break;
                }
                kept.add(line);
                bytes += line.length() + 1; // one separator between lines
            } else if (options.wordLimit() > 0) {
                String[] chunks = WHITESPACE.split(line);
                int room = options.wordLimit() - words;
                if (chunks.length >= room) {
                    kept.add(String.join(" ", Arrays.asList(chunks).subList(0, Math.max(0, room))));
                    break;
                }
                kept.add(line);
                words += chunks.length;
            } else {
                kept.add(line);
            }
        }
        return kept;
    }

    /**
     * Normalises one already truncated, lowercased line into tokens.
     *
     * @param line lowercase text
     */
    public List<String> tokens(String line) {
        String spaced = NON_ALPHANUMERIC.matcher(asciiLower(line)).replaceAll(" ");
        List<String> out = new ArrayList<>();
        for (String token : WHITESPACE.split(spaced.trim())) {
            if (token.isEmpty()) {
                continue;
            }
            if (options.removeStopwords() && resources.stopwords().contains(token)) {
                continue;
            }
            out.add(options.stem() && token.length() > 3 ? stem(token) : token);
        }
        return out;
    }

    /**
     * Lowercases A-Z only, as Perl's {@code tr/A-Z/a-z/}: other letters are removed as non-alphanumeric later,
     * and Java's full-Unicode lowercasing could turn some of them into ASCII letters.
     */
    static String asciiLower(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'A' && chars[i] <= 'Z') {
                chars[i] = (char) (chars[i] + ('a' - 'A'));
            }
        }
        return new String(chars);
    }

    /** Exception-list lemma when listed (ROUGE-1.5.5 only), else the Porter stem. */
    String stem(String token) {
        String lemma = options.convention() == RougeConvention.ROUGE_155 ? resources.exceptions().get(token) : null;
        return lemma != null ? lemma : porter.stem(token);
    }
}
