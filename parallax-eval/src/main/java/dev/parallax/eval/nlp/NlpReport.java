package dev.parallax.eval.nlp;

import dev.parallax.model.EntityType;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@link NlpEval} measured on an annotated set.
 *
 * @param articles            articles scored
 * @param sentences           sentences the analyzer found in them
 * @param mentions            mention spans: exact start and end
 * @param typedMentions       mention spans with the type right as well
 * @param typeConfusion       gold type to found type, over exactly matched spans
 * @param bcubedPrecision     B-cubed precision of the story entities over matched mentions
 * @param bcubedRecall        B-cubed recall of the story entities over matched mentions
 * @param pairs               "same entity" links between matched mentions of a story: found versus gold
 * @param quotes              quote spans: exact start and end
 * @param quotesOverlapping   quote spans that overlap a gold quote, one to one
 * @param attributable        gold quotes with a speaker that the analyzer found (overlapping)
 * @param attributedRight     of those, how many it gave to the right entity
 * @param canonicalRight      of those, how many resolve to an entity with the gold canonical name
 * @param unattributable      gold quotes without a speaker that the analyzer found (overlapping)
 * @param unattributableGiven of those, how many it nonetheless gave a speaker
 * @param errors              one line per error, for reading
 */
public record NlpReport(
    int articles,
    int sentences,
    Counts mentions,
    Counts typedMentions,
    Map<EntityType, Map<EntityType, Integer>> typeConfusion,
    double bcubedPrecision,
    double bcubedRecall,
    Counts pairs,
    Counts quotes,
    Counts quotesOverlapping,
    int attributable,
    int attributedRight,
    int canonicalRight,
    int unattributable,
    int unattributableGiven,
    List<String> errors) {

  public NlpReport {
    errors = List.copyOf(errors);
  }

  /** Share of exactly matched mentions whose type is right. */
  public double typeAccuracy() {
    int right = 0;
    int all = 0;
    for (var row : typeConfusion.entrySet()) {
      for (var cell : row.getValue().entrySet()) {
        all += cell.getValue();
        right += row.getKey() == cell.getKey() ? cell.getValue() : 0;
      }
    }
    return Counts.ratio(right, all);
  }

  public double attributionAccuracy() {
    return Counts.ratio(attributedRight, attributable);
  }

  public double bcubedF1() {
    return bcubedPrecision + bcubedRecall == 0 ? 0 : 2 * bcubedPrecision * bcubedRecall / (bcubedPrecision + bcubedRecall);
  }

  /** The scores as a plain-text table. */
  public String table() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "Articles: %d, sentences found: %d%n%n", articles, sentences));
    out.append(String.format(Locale.ROOT, "%-34s %6s %6s %6s   %s%n", "", "P", "R", "F1", "tp/fp/fn"));
    row(out, "Mentions (exact span)", mentions);
    row(out, "Mentions (exact span and type)", typedMentions);
    row(out, "Same-entity links (pairwise)", pairs);
    out.append(String.format(Locale.ROOT, "%-34s %6.3f %6.3f %6.3f%n", "Entities (B-cubed, matched)",
        bcubedPrecision, bcubedRecall, bcubedF1()));
    row(out, "Quotes (exact span)", quotes);
    row(out, "Quotes (overlapping span)", quotesOverlapping);
    out.append(String.format(Locale.ROOT, "%nType accuracy on matched mentions: %.3f%n", typeAccuracy()));
    out.append("  gold \\ found ");
    for (EntityType t : EntityType.values()) {
      out.append(String.format(Locale.ROOT, "%13s", t));
    }
    out.append('\n');
    for (EntityType gold : EntityType.values()) {
      out.append(String.format(Locale.ROOT, "  %-12s", gold));
      for (EntityType found : EntityType.values()) {
        out.append(String.format(Locale.ROOT, "%13d", typeConfusion.getOrDefault(gold, Map.of()).getOrDefault(found, 0)));
      }
      out.append('\n');
    }
    out.append(String.format(Locale.ROOT,
        "%nSpeaker attribution (found quotes with a gold speaker): %d/%d = %.3f%n", attributedRight, attributable,
        attributionAccuracy()));
    out.append(String.format(Locale.ROOT, "  with the gold canonical name as well: %d/%d = %.3f%n", canonicalRight,
        attributable, Counts.ratio(canonicalRight, attributable)));
    out.append(String.format(Locale.ROOT, "  quotes with no speaker in the text given one anyway: %d/%d%n",
        unattributableGiven, unattributable));
    return out.toString();
  }

  private static void row(StringBuilder out, String name, Counts c) {
    out.append(String.format(Locale.ROOT, "%-34s %6.3f %6.3f %6.3f   %d/%d/%d%n", name, c.precision(), c.recall(),
        c.f1(), c.truePositives(), c.falsePositives(), c.falseNegatives()));
  }
}
