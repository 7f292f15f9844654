package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code parallax eval extract}: usage errors are one clear line (the data runs are behind the command). */
class EvalExtractCommandTest {
  @Test
  void evalExtract_folderWithoutTheBenchmark_exitsTwoNamingIt(@TempDir Path dir) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = ParallaxCli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));

    int code = cli.execute("eval", "extract", "--dataset", "zyte", dir.toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("has no ground-truth.json");
  }

  @Test
  void evalExtract_metadataWithoutDir_scoresTheBundledSet() {
    StringWriter out = new StringWriter();
    CommandLine cli = ParallaxCli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(new StringWriter(), true));

    int code = cli.execute("eval", "extract", "--dataset", "metadata");

    assertThat(code).isEqualTo(0);
    assertThat(out.toString()).contains("the bundled gold set (30 pages)")
        .containsPattern("date \\(same day.*\\): \\d+/30")
        .containsPattern("authors: precision \\d\\.\\d{3} \\(\\d+/\\d+\\), recall")
        .containsPattern("title: \\d+/30");
  }

  @Test
  void evalExtract_benchmarkWithoutDir_exitsTwoSayingSo() {
    StringWriter err = new StringWriter();
    CommandLine cli = ParallaxCli.commandLine();
    cli.setOut(new PrintWriter(new StringWriter(), true));
    cli.setErr(new PrintWriter(err, true));

    assertThat(cli.execute("eval", "extract", "--dataset", "dragnet")).isEqualTo(2);
    assertThat(err.toString()).contains("--dataset dragnet needs the data set's folder");
  }
}
