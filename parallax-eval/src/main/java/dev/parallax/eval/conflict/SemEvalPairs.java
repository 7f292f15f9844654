package dev.parallax.eval.conflict;

import dev.parallax.eval.SemEvalPairCsv;
import dev.parallax.eval.duc.Cluster;
import dev.parallax.eval.duc.DucDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The English news pairs of a SemEval-2022 Task 8 file (columns {@code pair_id, lang1, lang2, text1,
 * text2, Overall}) that annotators judged about the same event ({@code Overall} at most
 * {@value #SAME_EVENT}, on 1 = very similar ... 4 = very different), each pair as a two-document
 * topic: two outlets reporting one event, the case conflicts are about. A pair id is read once.
 */
final class SemEvalPairs {
  static final double SAME_EVENT = 2.0;

  private SemEvalPairs() {}

  /** Whether {@code file} is a CSV with the SemEval pair columns. */
  static boolean matches(Path file) {
    try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
      String header = lines.findFirst().orElse("");
      return header.contains("pair_id") && header.contains("text1") && header.contains("Overall");
    } catch (IOException | UncheckedIOException e) {
      return false;
    }
  }

  static List<Cluster> read(Path file) {
    Set<String> seen = new LinkedHashSet<>();
    List<Cluster> out = new ArrayList<>();
    for (SemEvalPairCsv.Pair pair : SemEvalPairCsv.englishPairs(file)) {
      if (pair.overall() > SAME_EVENT || !seen.add(pair.id())) {
        continue;
      }
      out.add(new Cluster(pair.id(), List.of(document("text1", pair.text1()), document("text2", pair.text2())),
          List.of(), new TreeMap<>()));
    }
    return out;
  }

  private static DucDocument document(String docno, String text) {
    String body = text.strip();
    return new DucDocument(docno, Optional.empty(), body.length() > 80 ? body.substring(0, 80) : body, List.of(body));
  }
}
