package dev.parallax.eval.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimeEvalTest {
  @TempDir Path dir;

  @Test
  void run_onAFolder_scoresAgainstGoldAndWritesJsonl() throws IOException {
    Files.writeString(dir.resolve("orlen.tml"), TimeMlReaderTest.DOC);
    Path out = dir.resolve("found.jsonl");
    TimeScores scores = new TimeEval().run(dir, out, Optional.empty());
    assertThat(scores.gold()).isEqualTo(2);
    assertThat(scores.strictMatches()).isEqualTo(2);
    assertThat(scores.valueAccuracy()).isEqualTo(1.0);
    assertThat(scores.dateValueAccuracy()).isEqualTo(1.0);
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).contains("\"doc\":\"orlen.tml\"", "\"text\":\"Friday\"", "\"value\":\"2026-03-13\"");
  }

  @Test
  void score_wrongValueAndExtraExpression_countAsSuch() {
    TimeMlDocument doc = new TimeMlReader().parse("orlen.tml", TimeMlReaderTest.DOC);
    int friday = doc.text().indexOf("Friday");
    var found = List.of(
        new dev.parallax.time.TimeExpression(friday, friday + 6, "Friday", dev.parallax.time.TimexType.DATE, "2026-03-20"),
        new dev.parallax.time.TimeExpression(0, 3, "The", dev.parallax.time.TimexType.DATE, "2026"));
    TimeEval.Counts counts = new TimeEval.Counts();
    TimeEval.score(doc, found, counts, new java.util.ArrayList<>());
    TimeScores scores = counts.toScores();
    assertThat(scores.predicted()).isEqualTo(2);
    assertThat(scores.relaxedMatches()).isEqualTo(1);
    assertThat(scores.valueCorrect()).isZero();
    assertThat(scores.relaxedRecall()).isEqualTo(0.5);
  }

  @Test
  void sameValue_weekAndDecadeNotations_areEqual() {
    assertThat(TimeEval.sameValue("2000-W07", "2000-W7")).isTrue();
    assertThat(TimeEval.sameValue("199", "199X")).isTrue();
    assertThat(TimeEval.sameValue("1999", "1999-XX")).isFalse();
  }
}
