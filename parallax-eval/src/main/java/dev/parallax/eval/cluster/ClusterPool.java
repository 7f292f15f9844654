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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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
 *   <li>Any other folder of {@code .txt} files named by topic and number (WikiRef layout, e.g.
 *       {@code Some.topic.3.txt} or {@code Topic (3).txt}): each file is one plain-text document, each topic one
 *       story.</li>
 * </ul>
 * Multi-News story names are prefixed with the file's folder name. DUC topics are TDT topics, and the DUC 2003 and
 * 2004 releases share some of them (same topic id, partly the same documents): a DUC story is therefore named
 * {@code duc/<topic id>} whatever the folder, a document (by DOCNO) read twice is kept once, and two topics that
 * share at least half of the smaller one's documents are one story, since a document
 * can only have one true story.
 */
public final class ClusterPool {
    /** A topic name followed by a document number: {@code a.topic.3}, {@code a topic (3)}, {@code a-topic-3}. */
    private static final Pattern NUMBERED_NAME = Pattern.compile("^(.+?)(?:[._\\- ]\\d+| ?\\(\\d+\\))$");
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
        List<DucFile> ducFiles = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path.resolve("docs"))) {
                ducFiles.addAll(duc(path));
            } else if (isMultiNews(path)) {
                out.addAll(multiNews(path));
            } else if (isTopicTextFolder(path)) {
                out.addAll(topicTexts(path));
            } else {
                throw new IllegalArgumentException(
                        "Not a DUC folder (docs/), a Multi-News CSV or a folder of <topic> <n>.txt files: " + path);
            }
        }
        out.addAll(0, ducStories(ducFiles));
        return out;
    }

    /** One DUC file: its topic, DOCNO and content. */
    private record DucFile(String topic, String docno, String sgml) {
    }

    private static List<GoldDocument> ducStories(List<DucFile> files) {
        Map<String, Set<String>> docnosOfTopic = new TreeMap<>();
        for (DucFile f : files) {
            docnosOfTopic.computeIfAbsent(f.topic(), k -> new TreeSet<>()).add(f.docno());
        }
        Map<String, String> storyOfTopic = new TreeMap<>();
        docnosOfTopic.keySet().forEach(t -> storyOfTopic.put(t, t));
        List<String> topics = new ArrayList<>(docnosOfTopic.keySet());
        for (int i = 0; i < topics.size(); i++) {
            for (int j = i + 1; j < topics.size(); j++) {
                Set<String> a = docnosOfTopic.get(topics.get(i));
                Set<String> b = docnosOfTopic.get(topics.get(j));
                long shared = a.stream().filter(b::contains).count();
                if (shared > 0 && 2 * shared >= Math.min(a.size(), b.size())) {
                    String from = root(storyOfTopic, topics.get(j));
                    String to = root(storyOfTopic, topics.get(i));
                    storyOfTopic.put(from, to);
                }
            }
        }
        Set<String> seen = new HashSet<>();
        List<GoldDocument> out = new ArrayList<>();
        for (DucFile f : files) {
            if (seen.add(f.docno())) {
                String story = "duc/" + root(storyOfTopic, f.topic());
                String id = "duc/" + f.topic() + "/" + f.docno();
                out.add(new GoldDocument(id, story, new RawDocument(id, RawDocument.Format.TEXT, f.sgml(), DeclaredMetadata.NONE)));
            }
        }
        return out;
    }

    private static String root(Map<String, String> parent, String topic) {
        String t = topic;
        while (!parent.get(t).equals(t)) {
            t = parent.get(t);
        }
        return t;
    }

    private static boolean isMultiNews(Path path) {
        return Files.isRegularFile(path) && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")
                || Files.isRegularFile(path.resolve(MultiNewsReader.SAMPLE_FILE));
    }

    private static boolean isTopicTextFolder(Path path) {
        return Files.isDirectory(path) && list(path).stream().anyMatch(ClusterPool::isTextFile);
    }

    private static boolean isTextFile(Path file) {
        return Files.isRegularFile(file) && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt");
    }

    /**
     * A folder of plain-text articles named by topic and number ({@code Some.topic.3.txt},
     * {@code Topic (12).txt}, {@code topic-4.txt}): each topic is one story, named after the folder and the topic;
     * a file with no trailing number is a story of its own.
     */
    private static List<GoldDocument> topicTexts(Path folder) {
        String set = folder.toAbsolutePath().normalize().getFileName().toString();
        List<GoldDocument> out = new ArrayList<>();
        for (Path file : list(folder)) {
            if (!isTextFile(file)) {
                continue;
            }
            String name = file.getFileName().toString();
            String stem = name.substring(0, name.length() - ".txt".length());
            Matcher m = NUMBERED_NAME.matcher(stem);
            String topic = m.matches() ? m.group(1) : stem;
            String id = set + "/" + stem;
            out.add(new GoldDocument(id, set + "/" + topic,
                    new RawDocument(id, RawDocument.Format.TEXT, read(file), DeclaredMetadata.NONE)));
        }
        return out;
    }

    private static List<DucFile> duc(Path folder) {
        DucLayout layout = new DucLayout();
        List<DucFile> out = new ArrayList<>();
        for (Path topicFolder : list(folder.resolve("docs"))) {
            Matcher m = TOPIC_FOLDER.matcher(topicFolder.getFileName().toString());
            if (!Files.isDirectory(topicFolder) || !m.matches()) {
                continue;
            }
            String topic = m.group(1).toLowerCase(Locale.ROOT);
            for (Path file : list(topicFolder)) {
                if (!Files.isRegularFile(file)) {
                    continue;
                }
                String sgml = read(file);
                String docno = layout.parseDocument(file.getFileName().toString(), sgml).docno();
                out.add(new DucFile(topic, docno, sgml));
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
