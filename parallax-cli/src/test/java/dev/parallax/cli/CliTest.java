package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: exit codes, one line per bad input, files written. */
class CliTest {
  private final CapturedCli cli = new CapturedCli();

  @Test
  void brief_badInputsAreNamedOneLineEachAndTheRestIsBriefed(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("ferry.txt"), """
        Ferry strike halts crossings to Orlan Island

        Crews of the Orlan ferry line walked out on Monday over unpaid overtime, stopping all crossings to the island.
        The operator said it had offered a new pay deal and hoped to resume sailings by Wednesday.
        About 3,000 islanders rely on the ferry to reach work and school on the mainland each day.
        "We have waited eleven months for this money," said union organiser Tomas Brandvik.
        """);
    Files.writeString(in.resolve("empty.txt"), "");
    Files.write(in.resolve("binary.html"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0x14, 0});
    Files.writeString(in.resolve("feed.jsonl"), "{\"title\": \"broken\n");
    Path out = dir.resolve("out");

    int code = cli.run("brief", in.toString(), "--out", out.toString(), "--format", "md,json");

    assertThat(code).isEqualTo(0);
    String[] lines = cli.err().strip().split("\n");
    assertThat(lines).hasSize(3);
    assertThat(cli.err())
        .containsPattern("skipped .*empty\\.txt: empty file")
        .containsPattern("skipped .*binary\\.html: binary")
        .containsPattern("skipped .*feed\\.jsonl#1: invalid JSON");
    assertThat(cli.out()).contains("Ferry strike halts crossings to Orlan Island");
    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .contains("story-0001.md", "story-0001.json", "index.md").noneMatch(n -> n.endsWith(".html"));
    }
  }

  @Test
  void brief_nothingReadable_exitsOneAndSaysSo(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("empty.txt"), "   \n");
    assertThat(cli.run("brief", dir.toString(), "--out", dir.resolve("out").toString())).isEqualTo(1);
    assertThat(cli.err()).contains("empty file").contains("no article could be read");
  }

  @Test
  void brief_missingPath_isNamed(@TempDir Path dir) throws Exception {
    Path missing = dir.resolve("nope.txt");
    assertThat(cli.run("brief", missing.toString(), "--out", dir.resolve("out").toString())).isEqualTo(1);
    assertThat(cli.err()).contains(missing.toString());
  }

  @Test
  void brief_unknownFormat_isAUsageError(@TempDir Path dir) {
    assertThat(cli.run("brief", dir.toString(), "--format", "pdf")).isEqualTo(2);
    assertThat(cli.err()).contains("unknown format 'pdf'");
  }

  @Test
  void help_explainsEveryCommandWithAnExample() {
    assertThat(cli.run("--help")).isEqualTo(0);
    assertThat(cli.out()).contains("demo").contains("brief").contains("Exit codes");
    cli.clearOut();
    assertThat(cli.run("brief", "--help")).isEqualTo(0);
    assertThat(cli.out()).contains("--out").contains("--format").contains("Example");
  }
}
