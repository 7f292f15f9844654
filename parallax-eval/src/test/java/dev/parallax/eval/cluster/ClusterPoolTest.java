package dev.parallax.eval.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterPoolTest {
  @TempDir Path dir;

  @Test
  void load_ducFoldersSharingATopic_keepEachDocumentOnce_underOneStory() throws IOException {
    Path first = dir.resolve("set1");
    Path second = dir.resolve("set2");
    doc(first, "d40001t", "ABC20310101.0001", "Ferry workers in Port Elmsby walked out on Monday.");
    doc(first, "d40001t", "ABC20310101.0002", "The Elmsby ferry strike entered its second day.");
    doc(first, "d40002t", "ABC20310105.0001", "A comet was seen over the Carrow hills.");
    doc(second, "d40001t", "ABC20310101.0002", "The Elmsby ferry strike entered its second day.");
    doc(second, "d40001t", "ABC20310102.0003", "Talks to end the Elmsby ferry strike failed.");

    List<GoldDocument> pool = ClusterPool.load(List.of(first, second));

    Map<String, List<String>> byStory = pool.stream().collect(Collectors.groupingBy(GoldDocument::gold,
        Collectors.mapping(GoldDocument::id, Collectors.toList())));
    assertThat(byStory).containsOnlyKeys("duc/d40001", "duc/d40002");
    assertThat(byStory.get("duc/d40001")).hasSize(3);
    assertThat(pool.get(0).raw().content()).startsWith("<DOC>");
  }

  @Test
  void load_topicsSharingHalfTheirDocuments_areOneStory() throws IOException {
    Path set = dir.resolve("set");
    doc(set, "d40001t", "ABC20310101.0001", "Ferry workers in Port Elmsby walked out on Monday.");
    doc(set, "d40001t", "ABC20310101.0002", "The Elmsby ferry strike entered its second day.");
    doc(dir.resolve("other"), "d40009t", "ABC20310101.0002", "The Elmsby ferry strike entered its second day.");
    doc(dir.resolve("other"), "d40009t", "ABC20310103.0004", "Ferry services in Elmsby resumed.");

    List<GoldDocument> pool = ClusterPool.load(List.of(set, dir.resolve("other")));

    assertThat(pool).hasSize(3);
    assertThat(pool.stream().map(GoldDocument::gold).distinct()).hasSize(1);
  }

  @Test
  void load_multiNewsCsv_makesEachRowAStory() throws IOException {
    Path csv = dir.resolve("mn").resolve("sample.csv");
    Files.createDirectories(csv.getParent());
    Files.writeString(csv, "documents,num_documents,summary\n"
        + "\"['The Elmsby ferry strike began.', 'Ferry workers walked out in Elmsby.']\",2,– A strike.\n"
        + "\"['A comet lit up the sky.']\",1,– A comet.\n");

    List<GoldDocument> pool = ClusterPool.load(List.of(csv));

    assertThat(pool).extracting(GoldDocument::gold).containsExactly("mn/mn001", "mn/mn001", "mn/mn002");
    assertThat(pool.get(1).raw().content()).isEqualTo("Ferry workers walked out in Elmsby.");
  }

  @Test
  void load_folderOfNumberedTopicTexts_makesEachTopicAStory() throws IOException {
    Path folder = dir.resolve("refs");
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("elmsby.ferry.strike.1.txt"), "The Elmsby ferry strike began.");
    Files.writeString(folder.resolve("elmsby.ferry.strike.2.txt"), "Ferry workers walked out in Elmsby.");
    Files.writeString(folder.resolve("Comet2031 (1).txt"), "A comet lit up the sky.");
    Files.writeString(folder.resolve("Comet2031 (12).txt"), "The comet was seen from Varrow.");
    Files.writeString(folder.resolve("lone.topic.txt"), "A page about something else.");
    Files.writeString(folder.resolve("notes.md"), "not an article");

    List<GoldDocument> pool = ClusterPool.load(List.of(folder));

    assertThat(pool).extracting(GoldDocument::id, GoldDocument::gold).containsExactlyInAnyOrder(
        tuple("refs/elmsby.ferry.strike.1", "refs/elmsby.ferry.strike"),
        tuple("refs/elmsby.ferry.strike.2", "refs/elmsby.ferry.strike"),
        tuple("refs/Comet2031 (1)", "refs/Comet2031"),
        tuple("refs/Comet2031 (12)", "refs/Comet2031"),
        tuple("refs/lone.topic", "refs/lone.topic"));
  }

  @Test
  void load_folderWithNeitherLayout_isRejectedNamingIt() throws IOException {
    Path folder = dir.resolve("empty");
    Files.createDirectories(folder);

    assertThatThrownBy(() -> ClusterPool.load(List.of(folder)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(folder.toString());
  }

  private static void doc(Path set, String topic, String docno, String text) throws IOException {
    Path folder = set.resolve("docs").resolve(topic);
    Files.createDirectories(folder);
    Files.writeString(folder.resolve(docno), "<DOC>\n<DOCNO> " + docno + " </DOCNO>\n<TEXT>\n<P>\n" + text
        + "\n</P>\n</TEXT>\n</DOC>\n");
  }
}
