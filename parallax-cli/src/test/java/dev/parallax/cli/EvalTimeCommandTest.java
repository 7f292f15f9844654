package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parallax eval time} on a small fictional TimeML folder. */
class EvalTimeCommandTest {
  private final CapturedCli cli = new CapturedCli();

  @Test
  void evalTime_folderOfTml_printsScoresAndWritesJsonl(@TempDir Path dir) throws Exception {
    Path data = Files.createDirectories(dir.resolve("tml"));
    Files.writeString(data.resolve("orlen.tml"), """
        <TimeML>
        <DCT><TIMEX3 tid="t0" type="DATE" value="2026-03-14" functionInDocument="CREATION_TIME">2026-03-14</TIMEX3></DCT>
        <TEXT>The Orlen council voted <TIMEX3 tid="t1" type="DATE" value="2026-03-13">Friday</TIMEX3> to close the quay.</TEXT>
        </TimeML>
        """);
    Path jsonl = dir.resolve("found.jsonl");
    int code = cli.run("eval", "time", data.toString(), "--out", jsonl.toString());
    assertThat(code).isEqualTo(ExitCodes.OK);
    assertThat(cli.out()).contains("value accuracy, gold DATE (relaxed matches): 1.000 (1/1)");
    assertThat(Files.readString(jsonl)).contains("\"value\":\"2026-03-13\"");
  }

  @Test
  void evalTime_missingFolder_isAUsageError(@TempDir Path dir) {
    int code = cli.run("eval", "time", dir.resolve("nothing").toString(), "--out", dir.resolve("x.jsonl").toString());
    assertThat(code).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err()).contains("no such folder");
  }
}
