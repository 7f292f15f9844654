package dev.parallax.eval.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.EntityType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NlpEvalTest {
  private static AnnotatedStory story(String... marked) {
    List<AnnotatedArticle> articles = new java.util.ArrayList<>();
    for (int i = 0; i < marked.length; i++) {
      articles.add(AnnotationParser.parse("t" + i, marked[i]));
    }
    return new AnnotatedStory("s", Map.of(
        "okafor", new GoldEntity("okafor", EntityType.PERSON, "Maria Okafor-Lind"),
        "cra", new GoldEntity("cra", EntityType.ORGANISATION, "Coastal Resilience Authority"),
        "tarsa", new GoldEntity("tarsa", EntityType.PLACE, "Tarsa")), articles);
  }

  @Test
  void run_storyTheAnalyzerGetsRight_scoresPerfectly() {
    NlpReport report = NlpEval.run(List.of(story(
        "[[Maria Okafor-Lind|okafor]], head of the [[Coastal Resilience Authority|cra]], arrived in [[Tarsa|tarsa]] "
            + "on Monday. \"{{okafor|We will raise the sea wall before the winter storms,}}\" "
            + "[[Okafor-Lind|okafor]] said.",
        "Ms [[Okafor Lind|okafor]] spoke in [[Tarsa|tarsa]] for an hour about the plans for the harbour.")));

    assertThat(report.mentions().f1()).isEqualTo(1.0);
    assertThat(report.typeAccuracy()).isEqualTo(1.0);
    assertThat(report.bcubedPrecision()).isEqualTo(1.0);
    assertThat(report.bcubedRecall()).isEqualTo(1.0);
    assertThat(report.quotes().f1()).isEqualTo(1.0);
    assertThat(report.attributionAccuracy()).isEqualTo(1.0);
    assertThat(report.errors()).isEmpty();
  }

  @Test
  void run_missedAndSpuriousNames_areCountedAndListed() {
    // Gold deliberately leaves "Tarsa" unannotated and annotates a non-name span.
    NlpReport report = NlpEval.run(List.of(story(
        "[[Maria Okafor-Lind|okafor]] visited Tarsa on Monday with the [[head|cra]] of staff.")));

    assertThat(report.mentions().truePositives()).isEqualTo(1);
    assertThat(report.mentions().falsePositives()).isEqualTo(1);
    assertThat(report.mentions().falseNegatives()).isEqualTo(1);
    assertThat(report.errors()).anyMatch(e -> e.contains("spurious mention 'Tarsa'"))
        .anyMatch(e -> e.contains("missed mention 'head'"));
  }

  @Test
  void run_bundledSet_meetsTheIssueGoalForSpeakerAttribution() {
    NlpReport report = NlpEval.run(AnnotatedCorpus.bundled());

    assertThat(report.attributionAccuracy()).isGreaterThanOrEqualTo(0.9);
    assertThat(report.mentions().f1()).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void counts_precisionRecallAndF1_followTheirDefinitions() {
    Counts c = new Counts(6, 2, 4);

    assertThat(c.precision()).isEqualTo(0.75);
    assertThat(c.recall()).isEqualTo(0.6);
    assertThat(c.f1()).isCloseTo(2 * 0.75 * 0.6 / 1.35, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(Counts.ZERO.f1()).isZero();
  }
}
