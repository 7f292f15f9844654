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

class ConflictGoldTest {
  private static String line(String outlet, String text) {
    return "{\"outlet\": \"" + outlet + "\", \"published\": \"2026-03-09\", \"title\": \"Coach overturns\", \"text\": \""
        + text + "\"}\n";
  }

  @Test
  void score_foundConflictsAgainstTheGold_countsRightFoundAndMissedPerKind(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("01-coach.jsonl"),
        line("The Harbour Gazette", "A school coach carrying 34 pupils overturned near Altmoor on Monday morning, "
            + "injuring the driver and about 4,000 litres of fuel leaked onto the road.")
            + line("Kestrel Daily", "A school coach carrying 34 pupils overturned near Carrow on Monday morning, "
            + "injuring the driver and about 6,000 litres of fuel leaked onto the road."));
    // the place and the litres are found; the name is not in the text at all, so it is missed
    Files.writeString(dir.resolve("gold.json"), "{\"01-coach.jsonl\": {\"conflicts\": ["
        + "{\"kind\": \"place\", \"values\": [\"Altmoor\", \"Carrow\"]},"
        + "{\"kind\": \"number\", \"values\": [\"4,000 litres\", \"6,000 litres\"]},"
        + "{\"kind\": \"name\", \"values\": [\"Pavel Dunn\", \"Stefan Holm\"]}]}}");

    ConflictGoldScore.Report report = ConflictGoldScore.run(ConflictGold.inFolder(dir).stories());

    assertThat(report.byKind().get(Conflict.PLACE)).isEqualTo(new ConflictGoldScore.Counts(1, 1, 1));
    assertThat(report.byKind().get(Conflict.NUMBER)).isEqualTo(new ConflictGoldScore.Counts(1, 1, 1));
    assertThat(report.byKind().get(Conflict.NAME)).isEqualTo(new ConflictGoldScore.Counts(0, 0, 1));
    assertThat(report.overall()).isEqualTo(new ConflictGoldScore.Counts(2, 2, 3));
    assertThat(report.errors()).containsExactly("01-coach.jsonl: missed name: Pavel Dunn vs Stefan Holm");
    assertThat(report.format()).contains("overall      3     2     2     1.000  0.667");
  }

  @Test
  void stories_badGoldOrStory_isAnErrorNamingTheFileAndTheReason(@TempDir Path dir) throws IOException {
    assertThatThrownBy(() -> ConflictGold.inFolder(dir).stories()).isInstanceOf(IOException.class)
        .hasMessageContaining("gold.json").hasMessageContaining("expected a conflict gold set");

    Files.writeString(dir.resolve("gold.json"), "{\"01-coach.jsonl\": {\"conflicts\": "
        + "[{\"kind\": \"colour\", \"values\": [\"red\", \"blue\"]}]}}");
    Files.writeString(dir.resolve("01-coach.jsonl"), line("A", "One.") + line("B", "Two."));
    assertThatThrownBy(() -> ConflictGold.inFolder(dir).stories()).hasMessageContaining("01-coach.jsonl")
        .hasMessageContaining("unknown kind \"colour\"");

    Files.writeString(dir.resolve("gold.json"), "{\"01-coach.jsonl\": {\"conflicts\": []}}");
    Files.writeString(dir.resolve("01-coach.jsonl"), line("A", "One.") + "{\"outlet\": \"B\", \"published\": \"9 March\", "
        + "\"title\": \"T\", \"text\": \"Two.\"}\n");
    assertThatThrownBy(() -> ConflictGold.inFolder(dir).stories()).hasMessageContaining("01-coach.jsonl#2")
        .hasMessageContaining("bad \"published\"");
  }

  @Test
  void bundled_everyStoryHasTwoOrMoreArticlesAndEveryKindIsInTheGold() throws IOException {
    List<ConflictGold.GoldStory> stories = ConflictGold.bundled().stories();

    assertThat(stories).hasSize(35).allSatisfy(s -> assertThat(s.articles()).hasSizeBetween(2, 3));
    assertThat(stories.stream().flatMap(s -> s.conflicts().stream()).map(ConflictGold.GoldConflict::kind).distinct())
        .containsExactlyInAnyOrder(Conflict.NUMBER, Conflict.DATE, Conflict.PLACE, Conflict.NAME, Conflict.STANCE);
  }
}
