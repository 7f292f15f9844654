package dev.parallax.eval.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.cluster.ClusteringConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusteringEvalTest {
  @TempDir Path dir;

  private static final String[] STRIKE = {
      "Ferry workers in Port Elmsby walked out on Monday over pay. The Elmsby harbour board said crossings to the"
          + " Carrow islands were cancelled until further notice, and the union said the strike would go on.",
      "The Elmsby ferry strike entered its second day on Tuesday. Crossings to the Carrow islands stayed cancelled"
          + " as the harbour board and the union met without agreement on pay.",
      "Talks to end the Elmsby ferry strike failed on Wednesday. The union said ferry workers would stay out until"
          + " the harbour board raised its pay offer for the Carrow crossings."};
  private static final String[] COMET = {
      "A bright comet was seen over the Varne hills on Friday night. Astronomers at the Varne observatory said the"
          + " comet would stay visible to the naked eye for a week.",
      "Crowds gathered on the Varne hills on Saturday to watch the comet. The observatory said the comet was at its"
          + " brightest and would fade over the coming week."};

  @Test
  void run_documentsExtractionRejects_areListedScoredWholePoolAndWrittenWithTheirReason() throws IOException {
    Path pool = dir.resolve("pool");
    Files.createDirectories(pool);
    for (int i = 0; i < STRIKE.length; i++) {
      Files.writeString(pool.resolve("Elmsby.strike." + (i + 1) + ".txt"), STRIKE[i]);
    }
    for (int i = 0; i < COMET.length; i++) {
      Files.writeString(pool.resolve("Varne.comet." + (i + 1) + ".txt"), COMET[i]);
    }
    Files.writeString(pool.resolve("Elmsby.strike.4.txt"), "   ");

    ClusteringReport report = ClusteringEval.run(List.of(pool), new ClusteringEval.Options(
        List.of(ArrivalOrder.RANDOM), 1, false, ClusteringConfig.DEFAULTS, false, true));

    assertThat(report.documents()).isEqualTo(6);
    assertThat(report.rejections()).singleElement()
        .satisfies(r -> assertThat(r.document().id()).contains("Elmsby.strike.4"));
    SystemResult parallax = report.results().get(0);
    assertThat(parallax.scores().documents()).isEqualTo(5);
    assertThat(parallax.scores().bcubedF1()).isEqualTo(1.0);
    ClusteringScores whole = report.wholePoolScores(parallax);
    assertThat(whole.documents()).isEqualTo(6);
    assertThat(whole.bcubedPrecision()).isEqualTo(1.0);
    // the strike's four documents: three together (recall 3/4 each), the rejected one alone (1/4)
    assertThat(whole.bcubedRecall()).isCloseTo((3 * 0.75 + 0.25 + 2 * 1.0) / 6, Offset.offset(1e-9));
    assertThat(report.format()).contains("Not extracted (left out): 1").contains("The whole pool (6 documents)");

    Path out = dir.resolve("stories.jsonl");
    report.writeJsonl(out);
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> lines = new ArrayList<>();
    for (String line : Files.readAllLines(out)) {
      lines.add(json.readTree(line));
    }
    assertThat(lines).hasSize(6);
    JsonNode rejected = lines.stream().filter(l -> l.has("rejected")).findFirst().orElseThrow();
    assertThat(rejected.get("doc").asText()).contains("Elmsby.strike.4");
    assertThat(rejected.get("story").asText()).isEqualTo("rejected:" + rejected.get("doc").asText());
    JsonNode strikeOpening = lines.stream().filter(l -> l.get("doc").asText().contains("Elmsby.strike.1")).findFirst()
        .orElseThrow();
    assertThat(rejected.get("gold").asText()).isEqualTo(strikeOpening.get("gold").asText());
    assertThat(rejected.get("rejected").asText()).isNotBlank();
  }
}
