package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parallax eval copies} on a small fictional topic folder. */
class EvalCopiesCommandTest {
  private static final String QUAY = "Harbour workers in Orlen began repairing the east quay on Monday after winter "
      + "storms loosened dozens of its granite blocks. The port authority said the work would take six weeks and "
      + "that fishing boats would moor at the west quay until it is finished. Traders at the fish market said they "
      + "expected fewer buyers while the boats unload further from the town centre.";
  private static final String CHOIR = "The Vell valley youth choir won the regional singing contest on Saturday "
      + "with a programme of folk songs collected from the valley's oldest residents. The choir's conductor, "
      + "Anka Morrow, said the singers had rehearsed every evening for a month in the village hall at Lowbridge. "
      + "The prize includes a week of lessons with the national opera's chorus master next spring.";

  private final CapturedCli cli = new CapturedCli();

  @Test
  void evalCopies_topicFolder_reportsThePoolsOwnCopy(@TempDir Path dir) throws Exception {
    Path data = Files.createDirectories(dir.resolve("local"));
    Files.writeString(data.resolve("quay 1.txt"), QUAY);
    Files.writeString(data.resolve("quay 2.txt"), QUAY.replace("Monday", "Monday morning"));
    Files.writeString(data.resolve("choir 1.txt"), CHOIR);

    int code = cli.run("eval", "copies", data.toString(), "--sources", "5");

    assertThat(code).as(cli.err()).isEqualTo(ExitCodes.OK);
    assertThat(cli.out())
        .contains("Copy detection on 3 documents")
        .contains("detector: 1 links in 1 groups")
        .contains("pairs the copy rule accepts: 1; grouped by the detector: 1 (candidate recall 1.0000)")
        .contains("links across true stories: 0");
  }

  @Test
  void evalCopies_pathOfNoKnownLayout_isAUsageError(@TempDir Path dir) {
    int code = cli.run("eval", "copies", dir.resolve("nothing").toString());

    assertThat(code).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err()).contains("Not a DUC folder");
  }
}
