package dev.parallax.dedup;

import static dev.parallax.cluster.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.AnalyzedArticle;
import dev.parallax.model.CopyLink;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CopyDetectorTest {
  static final String WIRE =
      "The harbour authority of Port Velmar closed the northern shipping lane on Tuesday after a "
          + "cargo vessel lost power and drifted onto a sandbank near the breakwater. "
          + "No injuries were reported among the crew of eleven, according to a statement from the authority. "
          + "Tugboats from the neighbouring town of Casselby worked through the night to stabilise the ship, "
          + "which was carrying timber and farm machinery bound for the island of Orrin. "
          + "Harbour master Ilse Marrow said the lane would stay closed until divers had inspected the hull. "
          + "Fishing crews complained that the closure forced them to take a longer route around the cape. "
          + "The vessel, the Grey Lantern, is registered to a small shipping firm based in Tessaly. "
          + "The firm said in a brief statement that it was cooperating fully with the inquiry.";

  private static final String WIRE_TRIMMED =
      "The harbour authority of Port Velmar closed the northern shipping lane on Tuesday after a "
          + "cargo vessel lost power and drifted onto a sandbank near the breakwater. "
          + "No injuries were reported among the crew of eleven, according to a statement from the authority. "
          + "Tugboats from the neighbouring town of Casselby worked through the night to stabilise the ship, "
          + "which was carrying timber and farm machinery bound for the island of Orrin. "
          + "Harbour master Ilse Marrow said the lane would stay closed until divers had inspected the hull. "
          + "The vessel, the Grey Lantern, is registered to a small shipping firm based in Tessaly. "
          + "The firm said in a brief statement that it was cooperating fully with the inquiry.";

  private static final String WIRE_EXTENDED = WIRE
      + "\n\nLocal councillor Bram Ostey said the town would ask for a review of how the lane is lit at night, "
      + "adding that residents had raised concerns about the breakwater lights for several winters.";

  static final String REWRITE =
      "A freighter that suffered an engine failure ran aground close to the Port Velmar breakwater on Tuesday, "
          + "prompting officials to shut the northern channel. All eleven sailors on board escaped unhurt. "
          + "Overnight, tugs sent from Casselby held the stricken Grey Lantern steady; its hold contained lumber "
          + "and agricultural equipment destined for Orrin. Ilse Marrow, who runs the harbour, told reporters "
          + "that nothing would move through the channel before underwater checks of the hull were finished. "
          + "The ship belongs to a modest operator from Tessaly, which promised to help investigators.";

  /** A short brief that a long feature below reprints whole in its middle. */
  static final String BRIEF =
      "The Casselby lifeboat crew rescued two kayakers on Sunday afternoon after their boats overturned in "
          + "strong currents off Gull Point. Both were taken to the Port Velmar clinic with mild hypothermia and "
          + "were released in the evening. The crew was called out for the ninth time this season, its busiest "
          + "summer on record, coxswain Dara Quill said.";

  /** A long feature on the lifeboat station that runs {@link #BRIEF} as its fifth paragraph. */
  static final String FEATURE = WIRE + "\n\n" + REWRITE + "\n\n"
      + "Volunteers at the Casselby station train twice a week, in the harbour on Tuesdays and at sea on "
      + "Thursdays, whatever the season. Most hold other jobs in the town: two are teachers, one runs the bakery "
      + "on Mill Street and another repairs fishing nets for the co-operative.\n\n"
      + BRIEF + "\n\n"
      + "The station's boathouse dates from the last century and the slipway was rebuilt four years ago with "
      + "money raised at the summer fair. A new all-weather boat is due in the spring, and the crew hopes to "
      + "recruit six more volunteers before it arrives, said the station's treasurer, Imre Vask, who has kept "
      + "the accounts since the fair began.";

  private final CopyDetector detector = new CopyDetector();

  @Test
  void detect_wireCopyWithNewHeadlineAndTrimmedSentence_pointsToEarlierOriginal() {
    AnalyzedArticle original = article("orig", "Velmar Wire", "2026-03-03", "Ship aground at Port Velmar", WIRE);
    AnalyzedArticle copy = article("copy", "Coast Daily", "2026-03-04", "Lane shut as freighter grounds", WIRE_TRIMMED);

    List<CopyLink> links = detector.detect(List.of(copy, original));

    assertThat(links).hasSize(1);
    assertThat(links.get(0).copyId()).isEqualTo("copy");
    assertThat(links.get(0).originalId()).isEqualTo("orig");
    assertThat(links.get(0).similarity()).isGreaterThan(0.5).isLessThan(1.0);
  }

  @Test
  void detect_copyWithAddedParagraph_isFoundByContainment() {
    AnalyzedArticle original = article("orig", "Velmar Wire", "2026-03-03", "Ship aground", WIRE);
    AnalyzedArticle extended = article("ext", "Casselby Post", "2026-03-03", "Ship aground", WIRE_EXTENDED);

    List<CopyLink> links = detector.detect(List.of(original, extended));

    assertThat(links).extracting(CopyLink::copyId, CopyLink::originalId)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("orig", "ext"));
  }

  @Test
  void detect_shortBriefReprintedWholeInALongFeature_isFoundThoughItsJaccardIsLow() {
    AnalyzedArticle brief = article("brief", "Velmar Wire", "2026-03-01", "Kayakers rescued", BRIEF);
    AnalyzedArticle feature = article("feature", "Coast Daily", "2026-03-04", "A season at the lifeboat station", FEATURE);
    Shingler shingler = new Shingler(CopyDetectionConfig.DEFAULTS.shingleSize());
    long[] a = shingler.shingles(Shingler.normalise(BRIEF));
    long[] b = shingler.shingles(Shingler.normalise(FEATURE));
    // the case banding misses: most of the brief is in the feature, little of the feature is the brief
    assertThat(Shingler.jaccard(a, b)).isLessThan(0.2);
    assertThat((double) Shingler.intersectionSize(a, b) / a.length).isGreaterThan(0.9);

    assertThat(detector.detect(List.of(feature, brief)))
        .containsExactly(new CopyLink("feature", "brief", Shingler.jaccard(a, b)));
  }

  @Test
  void detect_rewriteInNewWordsWithSameFacts_isNoCopy() {
    AnalyzedArticle original = article("orig", "Velmar Wire", "2026-03-03", "Ship aground", WIRE);
    AnalyzedArticle rewrite = article("rewrite", "Orrin Herald", "2026-03-03", "Freighter runs aground", REWRITE);

    assertThat(detector.detect(List.of(original, rewrite))).isEmpty();
  }

  @Test
  void detect_copiesOfCopies_allPointToRootOriginal() {
    AnalyzedArticle original = article("a-orig", "Velmar Wire", "2026-03-01", "Ship aground", WIRE);
    AnalyzedArticle copy1 = article("b-copy", "Coast Daily", "2026-03-02", "Lane shut", WIRE_TRIMMED);
    AnalyzedArticle copy2 = article("c-copy", "Casselby Post", "2026-03-03", "Town reacts", WIRE_EXTENDED);
    AnalyzedArticle copy3 = article("d-copy", "Orrin Herald", null, "Grounding", WIRE_TRIMMED.toUpperCase());

    List<CopyLink> links = detector.detect(List.of(copy3, copy2, original, copy1));

    assertThat(links).extracting(CopyLink::copyId).containsExactly("b-copy", "c-copy", "d-copy");
    assertThat(links).allSatisfy(l -> assertThat(l.originalId()).isEqualTo("a-orig"));
  }

  @Test
  void detect_sameDay_theCreditedWireIsOriginalEvenIfTheReprintIsLonger() {
    AnalyzedArticle wire = article("wire", "Velmar Wire", "2026-03-03", "Ship aground", "PORT VELMAR, March 3 (Velmar Wire) — " + WIRE);
    AnalyzedArticle reprint = article("reprint", "Coast Daily", "2026-03-03", "Ship aground",
        "PORT VELMAR, March 3 (Velmar Wire) — " + WIRE_EXTENDED);

    assertThat(detector.detect(List.of(reprint, wire)))
        .singleElement()
        .satisfies(link -> assertThat(link.originalId()).isEqualTo("wire"));
  }

  @Test
  void detect_undatedAndDated_datedIsOriginalEvenIfShorter() {
    AnalyzedArticle undatedLonger = article("undated", "Coast Daily", null, "Ship aground", WIRE);
    AnalyzedArticle datedShorter = article("dated", "Velmar Wire", "2026-03-05", "Ship aground", WIRE_TRIMMED);

    List<CopyLink> links = detector.detect(List.of(undatedLonger, datedShorter));

    assertThat(links).containsExactly(new CopyLink("undated", "dated", links.get(0).similarity()));
  }

  @Test
  void detect_noDates_longestBodyIsOriginal() {
    AnalyzedArticle shorter = article("shorter", "Coast Daily", null, "Ship aground", WIRE_TRIMMED);
    AnalyzedArticle longer = article("longer", "Velmar Wire", null, "Ship aground", WIRE);

    List<CopyLink> links = detector.detect(List.of(shorter, longer));

    assertThat(links).extracting(CopyLink::originalId).containsExactly("longer");
  }

  @Test
  void detect_identicalUndatedBodies_firstInInputIsOriginal() {
    AnalyzedArticle first = article("zz-first", "Coast Daily", null, "One", WIRE);
    AnalyzedArticle second = article("aa-second", "Velmar Wire", null, "Two", WIRE);

    List<CopyLink> links = detector.detect(List.of(first, second));

    assertThat(links).containsExactly(new CopyLink("aa-second", "zz-first", 1.0));
  }

  @Test
  void detect_shortBodies_onlyExactNormalisedTextCounts() {
    AnalyzedArticle a = article("a", "X", "2026-01-01", "t", "Storm closes Varn bridge.");
    AnalyzedArticle b = article("b", "Y", "2026-01-02", "t", "STORM closes   varn bridge!");
    AnalyzedArticle c = article("c", "Z", "2026-01-02", "t", "Storm closes Varn bridge again.");

    assertThat(detector.detect(List.of(a, b, c))).containsExactly(new CopyLink("b", "a", 1.0));
  }

  @Test
  void detect_sameInputInAnyOrder_givesSameLinks() {
    List<AnalyzedArticle> articles = new ArrayList<>(List.of(
        article("a-orig", "Velmar Wire", "2026-03-01", "Ship aground", WIRE),
        article("b-copy", "Coast Daily", "2026-03-02", "Lane shut", WIRE_TRIMMED),
        article("c-copy", "Casselby Post", "2026-03-03", "Town reacts", WIRE_EXTENDED),
        article("d-rewrite", "Orrin Herald", "2026-03-02", "Freighter aground", REWRITE)));
    List<CopyLink> expected = detector.detect(articles);

    for (long seed = 1; seed <= 5; seed++) {
      Collections.shuffle(articles, new Random(seed));
      assertThat(new CopyDetector().detect(articles)).isEqualTo(expected);
    }
    assertThat(expected).hasSize(2);
  }

  @Test
  void detect_emptyInputOrEmptyBodies_givesNoLinks() {
    assertThat(detector.detect(List.of())).isEmpty();
    assertThat(detector.detect(List.of(article("a", "X", null, "t", "..."), article("b", "Y", null, "t", "!!"))))
        .isEmpty();
  }

  @Test
  void minHasher_sameSeed_sameSignature_andEstimateTracksJaccard() {
    Shingler shingler = new Shingler(5);
    long[] a = shingler.shingles(Shingler.normalise(WIRE));
    long[] b = shingler.shingles(Shingler.normalise(WIRE_TRIMMED));
    MinHasher one = new MinHasher(128, 42);
    MinHasher two = new MinHasher(128, 42);

    assertThat(one.signature(a)).isEqualTo(two.signature(a));
    assertThat(MinHasher.estimateJaccard(one.signature(a), one.signature(b)))
        .isCloseTo(Shingler.jaccard(a, b), org.assertj.core.data.Offset.offset(0.15));
  }

  @Test
  void normalise_keepsLettersAndDigitsOnly() {
    assertThat(Shingler.normalise("  Hello, World!  It's 2026—ok ")).isEqualTo("hello world it s 2026 ok");
  }
}
