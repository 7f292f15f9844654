package dev.parallax.eval.nlp;

import dev.parallax.model.EntityType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads an annotated set: one folder per story holding {@code entities.tsv} (lines
 * {@code key<TAB>TYPE<TAB>Canonical name}, {@code #} for comments) and one {@code .txt} file per
 * article in {@link AnnotationParser}'s markup. The set bundled with Parallax is on the classpath,
 * listed by its {@code index.txt} because a jar cannot be listed like a folder.
 */
public final class AnnotatedCorpus {
  /** Classpath folder of the bundled set. */
  public static final String BUNDLED = "/dev/parallax/eval/nlp/annotated/";

  private AnnotatedCorpus() {}

  /** The stories of the set bundled with Parallax, in story-name order. */
  public static List<AnnotatedStory> bundled() {
    String index = resource("index.txt");
    Map<String, List<String>> filesByStory = new TreeMap<>();
    for (String line : index.split("\n")) {
      String path = line.strip();
      if (path.isEmpty() || path.startsWith("#")) {
        continue;
      }
      int slash = path.indexOf('/');
      filesByStory.computeIfAbsent(path.substring(0, slash), k -> new ArrayList<>()).add(path.substring(slash + 1));
    }
    List<AnnotatedStory> stories = new ArrayList<>();
    filesByStory.forEach((story, files) -> {
      List<AnnotatedArticle> articles = new ArrayList<>();
      files.stream().filter(f -> f.endsWith(".txt")).sorted()
          .forEach(f -> articles.add(AnnotationParser.parse(articleId(f), resource(story + "/" + f))));
      stories.add(new AnnotatedStory(story, parseEntities(story, resource(story + "/entities.tsv")), articles));
    });
    return stories;
  }

  /** The stories of the set in {@code folder} (one sub-folder per story), in story-name order. */
  public static List<AnnotatedStory> read(Path folder) throws IOException {
    List<AnnotatedStory> stories = new ArrayList<>();
    List<Path> storyFolders;
    try (Stream<Path> children = Files.list(folder)) {
      storyFolders = children.filter(p -> Files.isRegularFile(p.resolve("entities.tsv"))).sorted().toList();
    }
    for (Path storyFolder : storyFolders) {
      String story = storyFolder.getFileName().toString();
      List<Path> files;
      try (Stream<Path> children = Files.list(storyFolder)) {
        files = children.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
      }
      List<AnnotatedArticle> articles = new ArrayList<>();
      for (Path file : files) {
        articles.add(AnnotationParser.parse(articleId(file.getFileName().toString()),
            Files.readString(file, StandardCharsets.UTF_8)));
      }
      stories.add(new AnnotatedStory(story,
          parseEntities(story, Files.readString(storyFolder.resolve("entities.tsv"), StandardCharsets.UTF_8)), articles));
    }
    return stories;
  }

  /** Parses an {@code entities.tsv}. */
  static Map<String, GoldEntity> parseEntities(String story, String tsv) {
    Map<String, GoldEntity> entities = new TreeMap<>();
    for (String line : tsv.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.strip().split("\t");
      if (fields.length != 3) {
        throw new IllegalArgumentException(story + "/entities.tsv: expected key, TYPE, name: " + line);
      }
      GoldEntity entity = new GoldEntity(fields[0].strip(), EntityType.valueOf(fields[1].strip()), fields[2].strip());
      if (entities.put(entity.key(), entity) != null) {
        throw new IllegalArgumentException(story + "/entities.tsv: duplicate key " + entity.key());
      }
    }
    return entities;
  }

  private static String articleId(String fileName) {
    return fileName.substring(0, fileName.length() - ".txt".length());
  }

  private static String resource(String path) {
    try (InputStream in = AnnotatedCorpus.class.getResourceAsStream(BUNDLED + path)) {
      if (in == null) {
        throw new IllegalStateException("annotated set resource missing: " + BUNDLED + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + BUNDLED + path, e);
    }
  }
}
