package dev.parallax.eval.duc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the English part of a folder laid out like the MultiLing 2011 pilot release into {@link Cluster}s.
 *
 * <p>Layout:
 * <ul>
 *   <li>{@code SourceTexts/M<topic><n>.english}: plain text, the title on the first line (sometimes after a
 *       {@code yyyy/mm/dd} date), then blank-line separated paragraphs, the first of them often the
 *       publication date ("Saturday, January 8, 2005");</li>
 *   <li>{@code Model Summaries/English/M<topic>.<letter>.250}: reference summaries;</li>
 *   <li>optional {@code correctedSubmissions/<system>/English/M<topic>}: participants' summaries.</li>
 * </ul>
 * A topic is three characters after the {@code M} ({@code M000}..{@code M009}); the document number is the
 * last digit. Cluster ids are the topic names as written ({@code M000}).
 */
public final class MultiLingLayout {

    /** The folder of source texts that marks this layout. */
    public static final String SOURCE_FOLDER = "SourceTexts";

    private static final Pattern SOURCE_NAME = Pattern.compile("(?i)^(M\\d{3})(\\d)\\.english$");
    private static final Pattern MODEL_NAME = Pattern.compile("(?i)^(M\\d{3})\\.([A-Z])\\.\\d+$");
    private static final Pattern PEER_NAME = Pattern.compile("(?i)^(M\\d{3})$");
    private static final Pattern TITLE_DATE = Pattern.compile("^(\\d{4})/(\\d{2})/(\\d{2})\\s+(.*)$");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\s*\\R\\s*\\R\\s*");
    private static final DateTimeFormatter WRITTEN_DATE = DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.ENGLISH);

    /** True when {@code folder} has the MultiLing source-text folder. */
    public static boolean matches(Path folder) {
        return Files.isDirectory(folder.resolve(SOURCE_FOLDER));
    }

    /** Every English topic of the folder, sorted by id. */
    public List<Cluster> read(Path folder) {
        SortedMap<String, List<DucDocument>> docs = new TreeMap<>();
        for (Path file : LayoutFiles.list(folder.resolve(SOURCE_FOLDER))) {
            Matcher m = SOURCE_NAME.matcher(file.getFileName().toString());
            if (Files.isRegularFile(file) && m.matches()) {
                String docno = file.getFileName().toString();
                docs.computeIfAbsent(m.group(1).toUpperCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(parseDocument(docno, LayoutFiles.readText(file)));
            }
        }
        SortedMap<String, List<ReferenceSummary>> models = new TreeMap<>();
        for (Path file : LayoutFiles.list(folder.resolve("Model Summaries").resolve("English"))) {
            Matcher m = MODEL_NAME.matcher(file.getFileName().toString());
            if (Files.isRegularFile(file) && m.matches()) {
                models.computeIfAbsent(m.group(1).toUpperCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(new ReferenceSummary(m.group(2).toLowerCase(Locale.ROOT), LayoutFiles.lines(file)));
            }
        }
        models.values().forEach(l -> l.sort((a, b) -> a.annotator().compareTo(b.annotator())));
        SortedMap<String, SortedMap<String, List<String>>> peers = new TreeMap<>();
        for (Path system : LayoutFiles.list(folder.resolve("correctedSubmissions"))) {
            for (Path file : LayoutFiles.list(system.resolve("English"))) {
                Matcher m = PEER_NAME.matcher(file.getFileName().toString());
                if (Files.isRegularFile(file) && m.matches()) {
                    peers.computeIfAbsent(m.group(1).toUpperCase(Locale.ROOT), k -> new TreeMap<>())
                            .put(system.getFileName().toString(), LayoutFiles.lines(file));
                }
            }
        }
        TreeMap<String, Boolean> ids = new TreeMap<>();
        docs.keySet().forEach(id -> ids.put(id, true));
        models.keySet().forEach(id -> ids.put(id, true));
        List<Cluster> clusters = new ArrayList<>();
        for (String id : ids.keySet()) {
            List<DucDocument> documents = docs.getOrDefault(id, List.of()).stream()
                    .sorted((a, b) -> a.docno().compareTo(b.docno())).toList();
            clusters.add(new Cluster(id, documents, models.getOrDefault(id, List.of()),
                    peers.getOrDefault(id, new TreeMap<>())));
        }
        return clusters;
    }

    /**
     * Parses one source text: the first line is the title (a leading {@code yyyy/mm/dd} is its date), a
     * paragraph that is only a written date gives the date and is not part of the body.
     */
    public DucDocument parseDocument(String docno, String text) {
        String[] titleAndRest = text.strip().split("\\R", 2);
        String title = titleAndRest[0].strip();
        Optional<LocalDate> date = Optional.empty();
        Matcher dated = TITLE_DATE.matcher(title);
        if (dated.matches()) {
            date = LayoutFiles.date(dated.group(1), dated.group(2), dated.group(3));
            title = dated.group(4).strip();
        }
        List<String> body = new ArrayList<>();
        String rest = titleAndRest.length > 1 ? titleAndRest[1].strip() : "";
        for (String p : PARAGRAPH_BREAK.split(rest)) {
            String para = p.strip().replaceAll("\\s+", " ");
            Optional<LocalDate> written = body.isEmpty() ? writtenDate(para) : Optional.empty();
            if (written.isPresent()) {
                date = date.or(() -> written);
            } else if (!para.isEmpty()) {
                body.add(para);
            }
        }
        return new DucDocument(docno, date, title, body);
    }

    private static Optional<LocalDate> writtenDate(String paragraph) {
        try {
            return Optional.of(LocalDate.parse(paragraph.strip(), WRITTEN_DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

}
