package dev.parallax.eval.time;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.time.InferredDate;
import dev.parallax.time.TimeExpression;
import dev.parallax.time.TimeTagger;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Scores the {@link TimeTagger} against TimeML gold: each document's creation time is the anchor,
 * the tagger runs on the tag-stripped TEXT, and its expressions are matched to the gold TIMEX3s
 * (strict: same span; relaxed: overlapping, one to one). Also checks how well the anchor can be
 * inferred when the creation time is hidden.
 */
public final class TimeEval {
  private final TimeTagger tagger;
  private final ObjectMapper json = new ObjectMapper();

  /** An evaluation of the default tagger. */
  public TimeEval() {
    this(new TimeTagger());
  }

  public TimeEval(TimeTagger tagger) {
    this.tagger = tagger;
  }

  /**
   * Evaluates every {@code .tml} file under {@code folder}.
   *
   * @param out where every found expression is written as JSONL (doc, start, end, text, type,
   *     value), offsets into the tag-stripped TEXT
   * @param errors when present, a plain-text list of misses, false alarms and wrong values
   */
  public TimeScores run(Path folder, Path out, Optional<Path> errors) {
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException("No such folder: " + folder);
    }
    List<TimeMlDocument> documents = new TimeMlReader().readFolder(folder);
    Counts total = new Counts();
    Counts withoutDct = new Counts();
    List<String> errorLines = new ArrayList<>();
    try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (TimeMlDocument doc : documents) {
        List<TimeExpression> found = tagger.tag(doc.text(), doc.creationDate());
        write(writer, doc, found);
        score(doc, found, total, errorLines);
        inferAnchor(doc, total);
        // the same document tagged as if its date were unknown: anchored on the inferred date, if any
        score(doc, tagger.analyze(doc.text(), Optional.empty()).expressions(), withoutDct, new ArrayList<>());
      }
      if (errors.isPresent()) {
        Files.write(errors.get(), errorLines, StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    total.valueCorrectDateWithoutDct = withoutDct.valueCorrectDate;
    total.relaxedDateWithoutDct = withoutDct.relaxedDate;
    return total.toScores();
  }

  /** Scores one document's expressions against its gold, adding to the totals. */
  static void score(TimeMlDocument doc, List<TimeExpression> found, Counts total, List<String> errors) {
    List<GoldTimex> dct = doc.timexes().stream().filter(GoldTimex::creationTime).toList();
    List<GoldTimex> gold = doc.timexes().stream().filter(g -> !g.creationTime()).toList();
    List<TimeExpression> predicted = found.stream()
        .filter(p -> dct.stream().noneMatch(d -> overlaps(d, p)))
        .toList();
    total.gold += gold.size();
    total.predicted += predicted.size();
    boolean[] used = new boolean[predicted.size()];
    for (GoldTimex g : gold) {
      if (predicted.stream().anyMatch(p -> p.start() == g.start() && p.end() == g.end())) {
        total.strict++;
      }
      if (g.type().equals("DATE")) {
        total.goldDate++;
      }
      int best = -1;
      int bestOverlap = 0;
      for (int i = 0; i < predicted.size(); i++) {
        TimeExpression p = predicted.get(i);
        int overlap = Math.min(p.end(), g.end()) - Math.max(p.start(), g.start());
        if (!used[i] && overlap > bestOverlap) {
          best = i;
          bestOverlap = overlap;
        }
      }
      if (best < 0) {
        errors.add(doc.name() + "\tMISS\t" + g.type() + "\t" + g.value() + "\t" + g.text() + "\t" + context(doc, g.start(), g.end()));
        continue;
      }
      used[best] = true;
      TimeExpression p = predicted.get(best);
      total.relaxed++;
      if (p.type().name().equals(g.type())) {
        total.typeCorrect++;
      }
      boolean valueRight = sameValue(p.value(), g.value());
      if (valueRight) {
        total.valueCorrect++;
      }
      if (g.type().equals("DATE")) {
        total.relaxedDate++;
        if (valueRight) {
          total.valueCorrectDate++;
        }
      }
      if (!valueRight) {
        errors.add(doc.name() + "\tVALUE\t" + g.type() + "\t" + g.value() + " vs " + p.value() + "\t" + g.text()
            + " | " + p.text() + "\t" + doc.creationDate().map(Object::toString).orElse("-") + "\t" + context(doc, g.start(), g.end()));
      }
    }
    for (int i = 0; i < predicted.size(); i++) {
      if (!used[i]) {
        TimeExpression p = predicted.get(i);
        errors.add(doc.name() + "\tEXTRA\t" + p.type() + "\t" + p.value() + "\t" + p.text() + "\t" + context(doc, p.start(), p.end()));
      }
    }
  }

  private void inferAnchor(TimeMlDocument doc, Counts total) {
    if (doc.creationDate().isEmpty()) {
      return;
    }
    total.anchorDocuments++;
    Optional<InferredDate> inferred = tagger.inferAnchor(doc.text());
    if (inferred.isEmpty()) {
      total.anchorMissing++;
      return;
    }
    long days = Math.abs(ChronoUnit.DAYS.between(doc.creationDate().get(), inferred.get().date()));
    if (days == 0) {
      total.anchorExact++;
    }
    if (days <= 7) {
      total.anchorWithinWeek++;
    }
  }

  /**
   * Values equal up to notation: ISO week numbers with or without a leading zero ("2000-W07" and
   * "2000-W7", both in TimeBank) and a decade or century with or without trailing X ("199" and
   * "199X", "19" and "19XX").
   */
  static boolean sameValue(String predicted, String gold) {
    return canonical(predicted).equals(canonical(gold));
  }

  private static String canonical(String value) {
    String v = value.replaceAll("-W0(\\d)", "-W$1");
    return v.matches("\\d{2,3}X+") ? v.replaceAll("X+$", "") : v;
  }

  private static String context(TimeMlDocument doc, int start, int end) {
    String text = doc.text();
    return (text.substring(Math.max(0, start - 60), start) + "[[" + text.substring(start, end) + "]]"
        + text.substring(end, Math.min(text.length(), end + 40))).replaceAll("\\s+", " ");
  }

  private static boolean overlaps(GoldTimex g, TimeExpression p) {
    return p.start() < g.end() && g.start() < p.end();
  }

  private void write(Writer writer, TimeMlDocument doc, List<TimeExpression> found) throws IOException {
    for (TimeExpression e : found) {
      ObjectNode node = json.createObjectNode();
      node.put("doc", doc.name());
      node.put("start", e.start());
      node.put("end", e.end());
      node.put("text", e.text());
      node.put("type", e.type().name());
      node.put("value", e.value());
      if (!e.mod().isEmpty()) {
        node.put("mod", e.mod());
      }
      writer.write(json.writeValueAsString(node));
      writer.write('\n');
    }
  }

  /** Mutable totals while scoring; turned into {@link TimeScores} at the end. */
  static final class Counts {
    int gold;
    int predicted;
    int strict;
    int relaxed;
    int typeCorrect;
    int valueCorrect;
    int goldDate;
    int relaxedDate;
    int valueCorrectDate;
    int anchorDocuments;
    int anchorExact;
    int anchorWithinWeek;
    int anchorMissing;
    int relaxedDateWithoutDct;
    int valueCorrectDateWithoutDct;

    TimeScores toScores() {
      return new TimeScores(gold, predicted, strict, relaxed, typeCorrect, valueCorrect, goldDate, relaxedDate,
          valueCorrectDate, anchorDocuments, anchorExact, anchorWithinWeek, anchorMissing,
          relaxedDateWithoutDct, valueCorrectDateWithoutDct);
    }
  }
}
