package dev.parallax.eval.rouge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The two data files of the ROUGE-1.5.5 distribution that change its scores: the SMART stopword list
 * ({@code smart_common_words.txt}, used by {@code -s}) and the WordNet 2.0 exception list
 * ({@code wordnet-2.0-exc.tsv}, word TAB lemma, applied by {@code -m} before Porter stemming).
 *
 * <p>They are read at run time from a folder the caller names, never bundled with Parallax. When the folder
 * or a file is missing the corresponding set is empty and {@link #description()} says so, so that reports
 * state which convention the numbers were computed under.
 *
 * @param stopwords  lowercase stopwords (empty when not loaded)
 * @param exceptions irregular word form to lemma (empty when not loaded)
 * @param source     where the files were read from, if anywhere
 */
public record RougeResources(Set<String> stopwords, Map<String, String> exceptions, Optional<Path> source) {

    /** File name of the stopword list inside a rouge-data folder. */
    public static final String STOPWORDS_FILE = "smart_common_words.txt";
    /** File name of the exception list inside a rouge-data folder. */
    public static final String EXCEPTIONS_FILE = "wordnet-2.0-exc.tsv";

    public RougeResources {
        stopwords = Set.copyOf(stopwords);
        exceptions = Map.copyOf(exceptions);
    }

    /** No stopword list and no exception list: stemming is plain Porter. */
    public static RougeResources none() {
        return new RougeResources(Set.of(), Map.of(), Optional.empty());
    }

    /**
     * Resources from a caller-given folder, or {@link #none()} when the folder is absent.
     *
     * @param folder a folder holding {@value #STOPWORDS_FILE} and {@value #EXCEPTIONS_FILE}
     */
    public static RougeResources load(Path folder) {
        if (folder == null || !Files.isDirectory(folder)) {
            return none();
        }
        Set<String> stopwords = new HashSet<>();
        Map<String, String> exceptions = new HashMap<>();
        try {
            Path stopFile = folder.resolve(STOPWORDS_FILE);
            if (Files.isRegularFile(stopFile)) {
                for (String line : Files.readAllLines(stopFile, StandardCharsets.UTF_8)) {
                    String word = line.strip().toLowerCase();
                    if (!word.isEmpty()) {
                        stopwords.add(word);
                    }
                }
            }
            Path excFile = folder.resolve(EXCEPTIONS_FILE);
            if (Files.isRegularFile(excFile)) {
                for (String line : Files.readAllLines(excFile, StandardCharsets.UTF_8)) {
                    if (line.startsWith("#")) {
                        continue;
                    }
                    String[] parts = line.split("\t");
                    if (parts.length == 2 && !parts[0].isBlank()) {
                        exceptions.put(parts[0].strip(), parts[1].strip());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read ROUGE data from " + folder, e);
        }
        return new RougeResources(stopwords, exceptions, Optional.of(folder));
    }

    /**
     * The folder named by the caller if given, else {@code ../shared/rouge-data} relative to the working
     * folder, else {@code /work/shared/rouge-data}; loaded with {@link #load(Path)}.
     */
    public static RougeResources locate(Path explicitFolder) {
        if (explicitFolder != null) {
            return load(explicitFolder);
        }
        for (Path candidate : List.of(Path.of("..", "shared", "rouge-data"), Path.of("/work/shared/rouge-data"))) {
            if (Files.isDirectory(candidate)) {
                return load(candidate);
            }
        }
        return none();
    }

    /** One line for reports: what was loaded and from where. */
    public String description() {
        String where = source.map(p -> " from " + p).orElse("");
        String exc = exceptions.isEmpty()
                ? "no WordNet exception list (stemming is plain Porter)"
                : exceptions.size() + " WordNet exceptions";
        String stop = stopwords.isEmpty() ? "no stopword list" : stopwords.size() + " stopwords";
        return exc + ", " + stop + where;
    }
}
