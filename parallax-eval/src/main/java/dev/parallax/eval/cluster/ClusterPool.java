package dev.parallax.eval.cluster;

import dev.parallax.eval.duc.Cluster;
import dev.parallax.eval.duc.DucDocument;
import dev.parallax.eval.duc.DucLayout;
import dev.parallax.eval.duc.MultiNewsReader;
import dev.parallax.model.DeclaredMetadata;
import dev.parallax.model.RawDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Builds a pooled clustering test from evaluation sets given by path: every DUC topic and every
 * Multi-News example is one true story.
 *
 * <ul>
 *   <li>A folder with {@code docs/} (DUC layout): each {@code docs/<topic>t/} file is one document, handed to
 *       extraction as the raw newswire SGML it is (so the pipeline's own SGML path reads headline, date and
 *       body); its DOCNO is read with {@link DucLayout#parseDocument}.</li>
 *   <li>A {@code .csv} file, or a folder with {@value MultiNewsReader#SAMPLE_FILE} (Multi-News layout): each
 *       article of a row is one plain-text document, paragraphs separated by blank lines, undated.</li>
 * </ul>
 * Story names are prefixed with the folder (or file) name, so two sets never share a story.
 */
public final class ClusterPool {
    private static final Pattern TOPIC_FOLDER = Pattern.compile("(?i)^(d\\d+)[a-z]?$");

    private ClusterPool() {
    }

    /**
     * The documents of every path, in a fixed order (path, story, document).
     *
     * @throws IllegalArgumentException when a path is neither layout
     */
    public static List<GoldDocument> load(List<Path> paths) {
        List<GoldDocument> out = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path.resolve("docs"))) {
                out.addAll(duc(path));
            } else if (isMultiNews(path)) {
                out.addAll(multiNews(path));
            } else {
                throw new IllegalArgumentException(
                        "Not a DUC folder (docs/) or a Multi-News CSV: " + path);
            }
        }
        return out;
    }

    private static boolean isMultiNews(Path path) {
        return Files.isRegularFile(path) && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")
                || Files.isRegularFile(path.resolve(MultiNewsReader.SAMPLE_FILE));
    }

    private static List<GoldDocument> duc(Path folder) {
        String set = folder.toAbsolutePath().normalize().getFileName().toString();
        DucLayout layout = new DucLayout();
        List<GoldDocument> out = new ArrayList<>();
        for (Path topic : list(folder.resolve("docs"))) {
            Matcher m = TOPIC_FOLDER.matcher(topic.getFileName().toString());
            if (!Files.isDirectory(topic) || !m.matches()) {
                continue;
            }
            String story = set + "/" + m.group(1).toLowerCase(Locale.ROOT);
            for (Path file : list(topic)) {
                if (!Files.isRegularFile(file)) {
                    continue;
                }
                String sgml = read(file);
                String docno = layout.parseDocument(file.getFileName().toString(), sgml).docno();
                String id = story + "/" + docno;
                out.add(new GoldDocument(id, story, new RawDocument(id, RawDocument.Format.TEXT, sgml, DeclaredMetadata.NONE)));
            }
        }
        return out;
    }

    private static List<GoldDocument> multiNews(Path path) {
        Path file = Files.isDirectory(path) ? path.resolve(MultiNewsReader.SAMPLE_FILE) : path;
        Path parent = file.toAbsolutePath().normalize().getParent();
        String set = parent == null ? "multinews" : parent.getFileName().toString();
        List<GoldDocument> out = new ArrayList<>();
        for (Cluster cluster : new MultiNewsReader().read(file)) {
            String story = set + "/" + cluster.id();
            for (DucDocument doc : cluster.documents()) {
                String id = set + "/" + doc.docno();
                out.add(new GoldDocument(id, story, new RawDocument(id, RawDocument.Format.TEXT, doc.text(), DeclaredMetadata.NONE)));
            }
        }
        return out;
    }

    private static String read(Path file) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static List<Path> list(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
    }
}
