package dev.parallax.eval.conflict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.model.Conflict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConflictSurveyTest {
  private static void doc(Path topic, String docno, String text) throws IOException {
    Files.writeString(topic.resolve(docno), "<DOC>\n<DOCNO> " + docno + " </DOCNO>\n<TEXT>\n" + text + "\n</TEXT>\n</DOC>\n");
  }

  @Test
  void run_twoAgenciesGivingDifferentDays_isADateConflictBetweenTheAgencies(@TempDir Path root) throws IOException {
    Path topic = Files.createDirectories(root.resolve("docs").resolve("d00001t"));
    doc(topic, "APW20260420.0001", "The new Talmore ferry terminal opens on 3 May after two years of building work, "
        + "the port authority said. Tickets go on sale next week.");
    doc(topic, "NYT20260421.0002", "The new Talmore ferry terminal opens on 10 May after two years of building work, "
        + "according to the port authority. The first sailing leaves for Carrick Isle at dawn.");

    List<ConflictSurvey.TopicConflicts> found = ConflictSurvey.run(List.of(root));

    assertThat(found).singleElement().satisfies(t -> {
      assertThat(t.documents()).isEqualTo(2);
      assertThat(t.conflicts()).singleElement().satisfies(c -> {
        assertThat(c.kind()).isEqualTo(Conflict.DATE);
        assertThat(c.values()).extracting(v -> v.outlets()).containsExactly(List.of("APW"), List.of("NYT"));
      });
    });
    assertThat(ConflictSurvey.format(found)).contains("opens on 10 May").endsWith("0 number, 1 date, 0 place, 0 name, 0 stance conflicts\n");
  }

  @Test
  void run_semEvalFile_briefsEachSameEventEnglishPairOnce_asTwoOutlets(@TempDir Path root) throws IOException {
    String coachA = "A school coach carrying 30 pupils overturned near Altmoor on Monday morning, injuring the driver.";
    String coachB = "A school coach carrying 30 pupils overturned near Westharrow on Monday morning, injuring the driver.";
    Path csv = root.resolve("pairs.csv");
    Files.writeString(csv, "pair_id,lang1,lang2,text1,text2,Overall\n"
        + "1_2,en,en,\"" + coachA + "\",\"" + coachB + "\",1.0\n"
        + "1_2,en,en,\"" + coachA + "\",\"" + coachB + "\",1.0\n" // the same pair again
        + "3_4,en,en,\"" + coachA + "\",\"The Talmore library reopens on Saturday.\",3.5\n" // different events
        + "5_6,es,en,\"Un autocar volcó cerca de Altmoor.\",\"" + coachB + "\",1.0\n");

    List<ConflictSurvey.TopicConflicts> found = ConflictSurvey.run(List.of(csv));

    assertThat(found).singleElement().satisfies(t -> {
      assertThat(t.topic()).isEqualTo("1_2");
      assertThat(t.conflicts()).singleElement().satisfies(c -> {
        assertThat(c.kind()).isEqualTo(Conflict.PLACE);
        assertThat(c.values()).extracting(v -> v.outlets()).containsExactly(List.of("source 1"), List.of("source 2"));
      });
    });
  }

  @Test
  void run_semEvalFileWithoutItsColumns_failsNamingTheFile(@TempDir Path root) throws IOException {
    Path csv = root.resolve("broken.csv");
    Files.writeString(csv, "pair_id,text1,Overall\n1_2,some text,1.0\n");

    assertThatThrownBy(() -> ConflictSurvey.run(List.of(csv))).hasMessageContaining("broken.csv")
        .hasMessageContaining("lang1");
  }
}
