package dev.parallax.eval.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.Article;
import dev.parallax.model.PublicationDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CopyEvalTest {
  static final String FERRY = "The Talmore ferry company cancelled every crossing to Carrick Isle on Wednesday after "
      + "inspectors found a crack in the loading ramp of its only vessel, the Morning Wren. About four hundred "
      + "passengers were told to return on Friday, when a replacement ship chartered from the mainland is due to "
      + "arrive. The company's operations manager, Selka Brun, apologised to islanders and said the fault had been "
      + "found during a routine check rather than after an accident. Shops on Carrick Isle said they had enough "
      + "bread and milk for three days but warned that fuel deliveries could run short by the weekend. The island "
      + "council has asked the regional government to pay for a second vessel so that a single fault cannot cut "
      + "the island off again, a request it says it has made twice before without an answer.";

  static final String ORCHARD = "Growers in the Vell valley began picking apples two weeks early this year after a "
      + "warm spring and a dry summer, the valley's fruit co-operative said on Monday. The harvest is expected to "
      + "be smaller than last year's but the fruit is sweeter, according to the co-operative's chairman, Oren "
      + "Taft, who has farmed in the valley for thirty years. Pickers from the coast arrived at the weekend and "
      + "the cider mill at Lowbridge opened its gates on Tuesday morning, earlier than at any time since it was "
      + "rebuilt. Some smaller farms said they were short of hands because the early start clashed with the "
      + "school term, and the co-operative has asked retired members to help sort the fruit in its sheds at "
      + "night until the end of the month.";

  static final String MUSEUM = "The Harrowgate museum of clocks reopened on Saturday after a two-year restoration "
      + "that replaced its leaking roof and rebuilt the tower that gives the museum its name. More than a "
      + "thousand visitors queued in the rain to see the great astronomical clock, which had been taken apart "
      + "piece by piece and cleaned by a team of six volunteers led by the retired engineer Mira Solt. The "
      + "restoration cost less than planned because local firms gave scaffolding and timber for free, the "
      + "museum's director said. The tower bell, silent since the work began, rang at noon for the first time "
      + "and will again sound the hours from next week, except at night, after neighbours asked for quiet "
      + "between eleven in the evening and seven in the morning.";

  private static Article article(String id, String body, String date) {
    Optional<PublicationDate> published = date == null ? Optional.empty()
        : Optional.of(new PublicationDate(LocalDate.parse(date), "test", 1.0));
    return new Article(id, id + ".txt", Optional.empty(), "Title of " + id, Optional.of("Outlet " + id), published,
        List.of(), body);
  }

  @Test
  void evaluate_countsThePoolsOwnCopy_andFindsDerivedCopiesByHowMuchTheyChange() {
    List<CopyEval.GoldArticle> pool = List.of(
        new CopyEval.GoldArticle(article("ferry", FERRY, "2026-05-06"), "ferry"),
        new CopyEval.GoldArticle(article("ferry-reprint", FERRY, "2026-05-07"), "ferry"),
        new CopyEval.GoldArticle(article("orchard", ORCHARD, "2026-09-01"), "orchard"),
        new CopyEval.GoldArticle(article("museum", MUSEUM, null), "museum"));

    CopyReport report = CopyEval.evaluate(List.of("test"), pool, List.of("bad: too short"), CopyEval.Options.defaults());

    assertThat(report.natural()).isEqualTo(new CopyReport.Natural(1, 1, 1, 1, 0, 0, 1.0));
    assertThat(report.natural().candidateRecall()).isEqualTo(1.0);
    assertThat(report.cleanSources()).isEqualTo(2); // the ferry article has a copy, so it is not reprinted
    assertThat(report.sampled()).isEqualTo(2);
    Map<String, CopyReport.VariantRow> rows = report.variants().stream()
        .collect(Collectors.toMap(CopyReport.VariantRow::variant, Function.identity()));
    assertThat(rows.get("same text, new headline")).isEqualTo(new CopyReport.VariantRow(
        "same text, new headline", 2, 1.0, 1.0, 2, 1, 1, 0));
    assertThat(rows.get("cut to its first half").found()).isEqualTo(2);
    assertThat(rows.get("cut to its first half").meanContainment()).isEqualTo(1.0);
    assertThat(rows.get("local paragraphs added").found()).isEqualTo(2);
    assertThat(rows.get("30% of words edited").found()).isZero();
    assertThat(rows.get("30% of words edited").meanJaccard()).isLessThan(0.3);
    assertThat(report.variants()).allSatisfy(row -> assertThat(row.falseLinks()).isZero());
    assertThat(report.format())
        .contains("Copy detection on 4 documents from test (1 rejected by extraction)")
        .contains("pairs the copy rule accepts: 1; grouped by the detector: 1 (candidate recall 1.0000)")
        .contains("Copies made from 2 of the 2 articles with no near neighbour (seed 1)");
  }

  @Test
  void variants_doWhatTheirNamesSay() {
    Article source = article("orchard", ORCHARD, "2026-09-01");
    Article donor = article("museum", MUSEUM, null);
    Map<CopyVariant.Kind, CopyVariant> byKind = CopyVariant.standard().stream()
        .filter(v -> v.kind() != CopyVariant.Kind.WORD_EDITS)
        .collect(Collectors.toMap(CopyVariant::kind, Function.identity()));

    Article exact = byKind.get(CopyVariant.Kind.EXACT).apply(source, donor, new Random(1));
    assertThat(exact.body()).isEqualTo(ORCHARD);
    assertThat(exact.id()).isEqualTo("orchard#copy");
    assertThat(exact.title()).isNotEqualTo(source.title());
    assertThat(exact.published().orElseThrow().date()).isEqualTo(LocalDate.parse("2026-09-02"));

    List<String> sentences = CopyVariant.sentences(ORCHARD);
    assertThat(sentences).hasSize(4);
    assertThat(byKind.get(CopyVariant.Kind.TRIMMED).apply(source, donor, new Random(1)).body())
        .isEqualTo(String.join(" ", sentences.subList(0, 2)));
    assertThat(byKind.get(CopyVariant.Kind.SENTENCES_DROPPED).apply(source, donor, new Random(1)).body())
        .doesNotContain(sentences.get(3)).contains(sentences.get(2));
    String extended = byKind.get(CopyVariant.Kind.EXTENDED).apply(source, donor, new Random(1)).body();
    assertThat(extended).startsWith(ORCHARD).contains("The Harrowgate museum of clocks");
    assertThat(extended.length()).isLessThan(ORCHARD.length() + MUSEUM.length() / 2);
    assertThat(byKind.get(CopyVariant.Kind.PAGE_FURNITURE).apply(source, donor, new Random(1)).body())
        .startsWith(ORCHARD).contains("This story was first published by Outlet orchard");

    CopyVariant edits = new CopyVariant("30%", CopyVariant.Kind.WORD_EDITS, 0.3);
    String[] original = ORCHARD.split("\\s+");
    String[] edited = edits.apply(source, donor, new Random(1)).body().split("\\s+");
    // a third of the edits delete a word and a third replace one: about 80% of the words stay, in order
    assertThat((double) commonSubsequence(original, edited) / original.length).isBetween(0.7, 0.9);
    assertThat(new CopyVariant("none", CopyVariant.Kind.WORD_EDITS, 0).apply(source, donor, new Random(1)).body())
        .isEqualTo(String.join(" ", original));
  }

  private static int commonSubsequence(String[] a, String[] b) {
    int[][] longest = new int[a.length + 1][b.length + 1];
    for (int i = 1; i <= a.length; i++) {
      for (int j = 1; j <= b.length; j++) {
        longest[i][j] = a[i - 1].equals(b[j - 1]) ? longest[i - 1][j - 1] + 1
            : Math.max(longest[i - 1][j], longest[i][j - 1]);
      }
    }
    return longest[a.length][b.length];
  }
}
