package dev.parallax.eval.duc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a DUC-style data folder into {@link Cluster}s.
 *
 * <p>Expected layout (both the DUC 2004 and DUC 2003 releases as distributed by summarization repositories):
 * <ul>
 *   <li>{@code docs/<topic>t/<DOCNO>}: SGML {@code <DOC><DOCNO>..</DOCNO>..<TEXT>..</TEXT></DOC>}, with
 *       {@code <P>} paragraphs (DUC 2003 NYT) or indented fixed-width lines (APW) or neither;</li>
 *   <li>{@code models/<topic>.m.100.t.<letter>} (DUC 2004) or {@code models/<TOPIC>.M.100.T.<LETTER>[.html]}
 *       (DUC 2003): reference summaries, matched case-insensitively;</li>
 *   <li>optional {@code peers/<topic>.<System>}: system summaries.</li>
 * </ul>
 * {@code <ANNOTATION>} notes inside the text ("STORY CAN END HERE") are dropped and SGML entities decoded.
 * A topic is listed when it has a docs folder or at least one reference summary. Files are read as UTF-8 with
 * malformed bytes replaced, since DUC files are mostly ASCII with stray Latin-1 bytes.
 */
public final class DucLayout {

    private static final Pattern MODEL_NAME =
            Pattern.compile("(?i)^(d\\d+)[a-z]?\\.m\\.\\d+\\.t\\.([a-z])(\\.html?)?$");
    private static final Pattern PEER_NAME = Pattern.compile("(?i)^(d\\d+)[a-z]?\\.([^.]+)$");
    private static final Pattern DOCS_FOLDER = Pattern.compile("(?i)^(d\\d+)[a-z]?$");
    private static final Pattern TEXT = Pattern.compile("(?is)<TEXT>(.*?)(</TEXT>|$)");
    private static final Pattern PARAGRAPH = Pattern.compile("(?is)<P>(.*?)(</P>|(?=<P>)|$)");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern ANNOTATION = Pattern.compile("(?is)<ANNOTATION>.*?</ANNOTATION>");
    private static final Pattern OTHER_ENTITY = Pattern.compile("&[A-Za-z]+;");
    private static final Pattern INDENTED_LINE = Pattern.compile("^(\\t| {2})\\s*\\S.*");
    private static final Pattern DOCNO_DATE = Pattern.compile("[A-Z_]*(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern US_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern COMPACT_DATE = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})");

    /**
     * Reads every topic of the folder, sorted by topic id.
     *
     * @param folder a folder with {@code docs/}, {@code models/} and optionally {@code peers/}
     */
    public List<Cluster> read(Path folder) {
        SortedMap<String, List<DucDocument>> docs = readDocs(folder.resolve("docs"));
        SortedMap<String, List<ReferenceSummary>> models = readModels(folder.resolve("models"));
        SortedMap<String, SortedMap<String, List<String>>> peers = readPeers(folder.resolve("peers"));
        TreeMap<String, Boolean> ids = new TreeMap<>();
        docs.keySet().forEach(id -> ids.put(id, true));
        models.keySet().forEach(id -> ids.put(id, true));
        List<Cluster> clusters = new ArrayList<>();
        for (String id : ids.keySet()) {
            clusters.add(new Cluster(id, docs.getOrDefault(id, List.of()), models.getOrDefault(id, List.of()),
                    peers.getOrDefault(id, new TreeMap<>())));
        }
        return clusters;
    }

    /**
     * Parses one SGML document.
     *
     * @param fallbackDocno name to use when the file has no DOCNO (its file name)
     * @param sgml          the file content
     */
    public DucDocument parseDocument(String fallbackDocno, String sgml) {
        String docno = tagText(sgml, "DOCNO").orElse(fallbackDocno);
        Optional<LocalDate> date = tagText(sgml, "DATE_TIME").flatMap(DucLayout::parseDate)
                .or(() -> tagText(sgml, "DATE").flatMap(DucLayout::parseDate))
                .or(() -> docnoDate(docno));
        String headline = tagText(sgml, "HEADLINE").map(DucLayout::joinLines).orElse("");
        Matcher text = TEXT.matcher(sgml);
        List<String> paragraphs = text.find()
                ? paragraphs(ANNOTATION.matcher(text.group(1)).replaceAll(" "))
                : List.of();
        return new DucDocument(docno, date, headline, paragraphs);
    }

    private SortedMap<String, List<DucDocument>> readDocs(Path docsFolder) {
        SortedMap<String, List<DucDocument>> out = new TreeMap<>();
        for (Path topicFolder : LayoutFiles.list(docsFolder)) {
            Matcher m = DOCS_FOLDER.matcher(topicFolder.getFileName().toString());
            if (!Files.isDirectory(topicFolder) || !m.matches()) {
                continue;
            }
            List<DucDocument> documents = new ArrayList<>();
            for (Path file : LayoutFiles.list(topicFolder)) {
                if (Files.isRegularFile(file)) {
                    documents.add(parseDocument(file.getFileName().toString(), LayoutFiles.readText(file)));
                }
            }
            documents.sort((a, b) -> a.docno().compareTo(b.docno()));
            out.put(m.group(1).toLowerCase(Locale.ROOT), documents);
        }
        return out;
    }

    private SortedMap<String, List<ReferenceSummary>> readModels(Path modelsFolder) {
        SortedMap<String, List<ReferenceSummary>> out = new TreeMap<>();
        for (Path file : LayoutFiles.list(modelsFolder)) {
            Matcher m = MODEL_NAME.matcher(file.getFileName().toString());
            if (Files.isRegularFile(file) && m.matches()) {
                String id = m.group(1).toLowerCase(Locale.ROOT);
                String annotator = m.group(2).toLowerCase(Locale.ROOT);
                out.computeIfAbsent(id, k -> new ArrayList<>()).add(new ReferenceSummary(annotator, LayoutFiles.lines(file)));
            }
        }
        out.values().forEach(list -> list.sort((a, b) -> a.annotator().compareTo(b.annotator())));
        return out;
    }

    private SortedMap<String, SortedMap<String, List<String>>> readPeers(Path peersFolder) {
        SortedMap<String, SortedMap<String, List<String>>> out = new TreeMap<>();
        for (Path file : LayoutFiles.list(peersFolder)) {
            Matcher m = PEER_NAME.matcher(file.getFileName().toString());
            if (Files.isRegularFile(file) && m.matches()) {
                out.computeIfAbsent(m.group(1).toLowerCase(Locale.ROOT), k -> new TreeMap<>())
                        .put(m.group(2), LayoutFiles.lines(file));
            }
        }
        return out;
    }

    /** Paragraphs from {@code <P>} elements when present, else from indented or blank-separated lines. */
    static List<String> paragraphs(String textBody) {
        List<String> out = new ArrayList<>();
        Matcher p = PARAGRAPH.matcher(textBody);
        boolean tagged = false;
        while (p.find()) {
            tagged = true;
            String para = joinLines(p.group(1));
            if (!para.isEmpty()) {
                out.add(para);
            }
        }
        if (tagged) {
            return out;
        }
        StringBuilder current = new StringBuilder();
        for (String line : TAG.matcher(textBody).replaceAll(" ").split("\\R")) {
            boolean startsNew = line.isBlank() || INDENTED_LINE.matcher(line).matches();
            if (startsNew && current.length() > 0) {
                out.add(current.toString());
                current.setLength(0);
            }
            String stripped = decodeEntities(line).strip();
            if (!stripped.isEmpty()) {
                if (current.length() > 0) {
                    current.append(' ');
                }
                current.append(stripped);
            }
        }
        if (current.length() > 0) {
            out.add(current.toString());
        }
        return out;
    }

    private static String joinLines(String block) {
        return decodeEntities(TAG.matcher(block).replaceAll(" ")).strip().replaceAll("\\s+", " ");
    }

    /** The few SGML entities of the DUC files ({@code &AMP;} etc.); typesetting codes such as {@code &QL;} are dropped. */
    static String decodeEntities(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        String decoded = text.replaceAll("(?i)&amp;", "&").replaceAll("(?i)&lt;", "<").replaceAll("(?i)&gt;", ">")
                .replaceAll("(?i)&quot;", "\"").replaceAll("(?i)&apos;", "'");
        return OTHER_ENTITY.matcher(decoded).replaceAll(" ");
    }

    private static Optional<String> tagText(String sgml, String tag) {
        Matcher m = Pattern.compile("(?is)<" + tag + ">(.*?)</" + tag + ">").matcher(sgml);
        return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    static Optional<LocalDate> parseDate(String value) {
        Matcher us = US_DATE.matcher(value);
        if (us.find()) {
            return LayoutFiles.date(us.group(3), us.group(1), us.group(2));
        }
        Matcher iso = ISO_DATE.matcher(value);
        if (iso.find()) {
            return LayoutFiles.date(iso.group(1), iso.group(2), iso.group(3));
        }
        Matcher compact = COMPACT_DATE.matcher(value.strip());
        if (compact.find()) {
            return LayoutFiles.date(compact.group(1), compact.group(2), compact.group(3));
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> docnoDate(String docno) {
        Matcher m = DOCNO_DATE.matcher(docno);
        return m.find() ? LayoutFiles.date(m.group(1), m.group(2), m.group(3)) : Optional.empty();
    }

}
