package dev.parallax.eval.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's bundled outputs score their published F1; output files round-trip. */
class ZyteBenchmarkTest {
  private static final Path DATA =
      Path.of(System.getProperty("parallax.data", "../../shared/data"), "zyte-extraction");

  @Test
  void bundledOutputs_reproduceThePublishedF1() throws IOException {
    Assumptions.assumeTrue(Files.isRegularFile(DATA.resolve("ground-truth.json")), "Zyte benchmark data absent");
    ZyteBenchmark benchmark = new ZyteBenchmark(DATA, 2);
    List<ZyteBenchmark.Page> pages = benchmark.groundTruth();

    for (Map.Entry<String, Double> published : ZyteBenchmark.PUBLISHED_F1.entrySet()) {
      Map<String, String> output = ZyteBenchmark.readOutput(DATA.resolve("system-outputs").resolve(published.getKey() + ".json"));
      List<ShingleScorer.PageMatch> matches = pages.stream()
          .map(p -> ShingleScorer.match(p.truth(), output.getOrDefault(p.id(), "")))
          .toList();
      assertThat(ShingleScorer.aggregate(matches).f1()).as(published.getKey())
          .isCloseTo(published.getValue(), within(0.0005));
    }
  }

  @Test
  void writeOutput_thenReadOutput_sameTexts(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("out/parallax.json");
    ZyteBenchmark.writeOutput(Map.of("b", "Second page.", "a", "First page."), file);

    assertThat(ZyteBenchmark.readOutput(file)).containsExactly(Map.entry("a", "First page."), Map.entry("b", "Second page."));
  }
}
