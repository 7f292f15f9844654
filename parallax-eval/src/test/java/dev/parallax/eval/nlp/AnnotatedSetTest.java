package dev.parallax.eval.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The bundled annotated set is sound: offsets, keys, quote marks, sizes, and its index is complete. */
class AnnotatedSetTest {
  private static final Path SOURCE_FOLDER = Path.of("src/main/resources/dev/parallax/eval/nlp/annotated");

  @Test
  void bundledSet_validates_withoutProblems() {
    List<AnnotatedStory> stories = AnnotatedCorpus.bundled();
    assertThat(AnnotationValidator.problems(stories)).isEmpty();
    int articles = stories.stream().mapToInt(s -> s.articles().size()).sum();
    assertThat(articles).isBetween(15, 25);
    assertThat(stories).hasSizeGreaterThanOrEqualTo(4);
  }

  @Test
  void bundledIndex_listsEveryFileOfTheSourceFolder() throws IOException {
    List<String> files;
    try (Stream<Path> walk = Files.walk(SOURCE_FOLDER)) {
      files = walk.filter(Files::isRegularFile)
          .map(p -> SOURCE_FOLDER.relativize(p).toString().replace('\\', '/'))
          .filter(p -> p.contains("/"))
          .sorted().toList();
    }
    assertThat(AnnotatedCorpus.read(SOURCE_FOLDER)).usingRecursiveComparison().isEqualTo(AnnotatedCorpus.bundled());
    String index = Files.readString(SOURCE_FOLDER.resolve("index.txt"));
    assertThat(index.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).sorted().toList())
        .containsExactlyElementsOf(files);
  }
}
