package dev.parallax.eval.time;

import java.util.Locale;

/**
 * Counts for TIMEX3 scoring, summed over documents, and the measures derived from them.
 *
 * @param gold gold TIMEX3s scored (the document creation time excluded)
 * @param predicted expressions the tagger found (those on the creation time excluded)
 * @param strictMatches predictions with exactly a gold span
 * @param relaxedMatches one-to-one pairs of overlapping prediction and gold
 * @param typeCorrect relaxed pairs with the gold type
 * @param valueCorrect relaxed pairs with the gold value
 * @param goldDate gold TIMEX3s of type DATE
 * @param relaxedDate relaxed pairs whose gold is a DATE
 * @param valueCorrectDate of those, pairs with the gold value
 * @param anchorDocuments documents with a creation date, for anchor inference
 * @param anchorExact documents whose inferred anchor is the creation date
 * @param anchorWithinWeek documents whose inferred anchor is within 7 days of it
 * @param anchorMissing documents where no anchor could be inferred
 * @param relaxedDateWithoutDct relaxed gold-DATE matches when the documents are tagged without their
 *     creation date (anchored on the inferred date, or unanchored)
 * @param valueCorrectDateWithoutDct of those, matches with the gold value
 */
public record TimeScores(
    int gold, int predicted, int strictMatches, int relaxedMatches, int typeCorrect, int valueCorrect,
    int goldDate, int relaxedDate, int valueCorrectDate,
    int anchorDocuments, int anchorExact, int anchorWithinWeek, int anchorMissing,
    int relaxedDateWithoutDct, int valueCorrectDateWithoutDct) {

  public double strictPrecision() {
    return ratio(strictMatches, predicted);
  }

  public double strictRecall() {
    return ratio(strictMatches, gold);
  }

  public double strictF1() {
    return f1(strictPrecision(), strictRecall());
  }

  public double relaxedPrecision() {
    return ratio(relaxedMatches, predicted);
  }

  public double relaxedRecall() {
    return ratio(relaxedMatches, gold);
  }

  public double relaxedF1() {
    return f1(relaxedPrecision(), relaxedRecall());
  }

  /** Share of relaxed matches with the right type. */
  public double typeAccuracy() {
    return ratio(typeCorrect, relaxedMatches);
  }

  /** Share of relaxed matches with the right value. */
  public double valueAccuracy() {
    return ratio(valueCorrect, relaxedMatches);
  }

  /** Share of relaxed matches of gold DATEs with the right value. */
  public double dateValueAccuracy() {
    return ratio(valueCorrectDate, relaxedDate);
  }

  /** Share of all gold DATEs found and given the right value (recall times accuracy). */
  public double dateValueRecall() {
    return ratio(valueCorrectDate, goldDate);
  }

  /** The scores as a small plain-text table. */
  public String format() {
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "gold TIMEX3 (without DCT): %d, found: %d%n", gold, predicted));
    s.append(String.format(Locale.ROOT, "detection strict : P %.3f  R %.3f  F1 %.3f%n",
        strictPrecision(), strictRecall(), strictF1()));
    s.append(String.format(Locale.ROOT, "detection relaxed: P %.3f  R %.3f  F1 %.3f%n",
        relaxedPrecision(), relaxedRecall(), relaxedF1()));
    s.append(String.format(Locale.ROOT, "type accuracy (relaxed matches): %.3f (%d/%d)%n",
        typeAccuracy(), typeCorrect, relaxedMatches));
    s.append(String.format(Locale.ROOT, "value accuracy (relaxed matches): %.3f (%d/%d)%n",
        valueAccuracy(), valueCorrect, relaxedMatches));
    s.append(String.format(Locale.ROOT, "value accuracy, gold DATE (relaxed matches): %.3f (%d/%d)%n",
        dateValueAccuracy(), valueCorrectDate, relaxedDate));
    s.append(String.format(Locale.ROOT, "gold DATE found with the right value: %.3f (%d/%d)%n",
        dateValueRecall(), valueCorrectDate, goldDate));
    s.append(String.format(Locale.ROOT,
        "anchor inference (DCT hidden): exact %.3f, within 7 days %.3f, none %d, of %d documents%n",
        ratio(anchorExact, anchorDocuments), ratio(anchorWithinWeek, anchorDocuments), anchorMissing,
        anchorDocuments));
    s.append(String.format(Locale.ROOT, "value accuracy, gold DATE, tagged without the DCT: %.3f (%d/%d)%n",
        ratio(valueCorrectDateWithoutDct, relaxedDateWithoutDct), valueCorrectDateWithoutDct, relaxedDateWithoutDct));
    return s.toString();
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
