package dev.parallax.eval.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class TimeMlReaderTest {
  /** A fictional TimeML document written for this test. */
  static final String DOC = """
      <?xml version="1.0" ?>
      <TimeML>
      <DOCID>orlen-001</DOCID>
      <DCT><TIMEX3 tid="t0" type="DATE" value="2026-03-14" temporalFunction="false" functionInDocument="CREATION_TIME">2026-03-14</TIMEX3></DCT>
      <TEXT>
      The Orlen &amp; Veldra council <EVENT eid="e1" class="OCCURRENCE">voted</EVENT> <TIMEX3 tid="t1" type="DATE" value="2026-03-13" functionInDocument="NONE">Friday</TIMEX3> to close the quay for <TIMEX3 tid="t2" type="DURATION" value="P2W">two weeks</TIMEX3>.
      </TEXT>
      </TimeML>
      """;

  @Test
  void parse_stripsTagsDecodesEntitiesAndMapsTimexOffsets() {
    TimeMlDocument doc = new TimeMlReader().parse("orlen.tml", DOC);
    assertThat(doc.creationDate()).contains(LocalDate.of(2026, 3, 14));
    assertThat(doc.text()).contains("The Orlen & Veldra council voted Friday to close");
    List<GoldTimex> gold = doc.timexes();
    assertThat(gold).hasSize(2);
    assertThat(doc.text().substring(gold.get(0).start(), gold.get(0).end())).isEqualTo("Friday");
    assertThat(gold.get(1).value()).isEqualTo("P2W");
    assertThat(gold.get(1).type()).isEqualTo("DURATION");
  }

  @Test
  void readFolder_onTheSharedTimeBank_findsCreationDatesAndTimexes() {
    // the shared data sits beside the repository (../../shared from a module; one level up in a worktree)
    Path folder = Path.of("../../shared/data/timebank/TimeBank");
    if (!Files.isDirectory(folder)) {
      folder = Path.of("../../../shared/data/timebank/TimeBank");
    }
    Assumptions.assumeTrue(Files.isDirectory(folder), "TimeBank data not present");
    TimeMlReader reader = new TimeMlReader();
    try (var files = Files.list(folder)) {
      List<Path> some = files.filter(f -> f.toString().endsWith(".tml")).sorted().limit(5).toList();
      for (Path file : some) {
        TimeMlDocument doc = reader.read(file);
        assertThat(doc.creationDate()).as(file.toString()).isPresent();
        for (GoldTimex g : doc.timexes()) {
          assertThat(doc.text().substring(g.start(), g.end())).isEqualTo(g.text());
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
