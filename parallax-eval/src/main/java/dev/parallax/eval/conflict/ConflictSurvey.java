package dev.parallax.eval.conflict;

import dev.parallax.brief.BriefingBuilder;
import dev.parallax.dedup.CopyDetector;
import dev.parallax.eval.duc.Cluster;
import dev.parallax.eval.duc.DucDocument;
import dev.parallax.eval.duc.DucLayout;
import dev.parallax.eval.duc.MultiLingLayout;
import dev.parallax.eval.duc.MultiNewsReader;
import dev.parallax.eval.nlp.CorpusArticles;
import dev.parallax.model.AnalyzedArticle;
import dev.parallax.model.Briefing;
import dev.parallax.model.Conflict;
import dev.parallax.model.ConflictValue;
import dev.parallax.model.Story;
import dev.parallax.nlp.EntityResolver;
import dev.parallax.nlp.TextAnalyzer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Briefs each topic of folders laid out like DUC ({@code docs/dNNNNNt/} with one newswire SGML file
 * per document), each English topic of a MultiLing 2011 folder ({@code SourceTexts/}), or each row
 * of a Multi-News CSV, or each same-event English pair of a SemEval-2022 Task 8 CSV ({@link SemEvalPairs}),
 * as one story and collects the conflicts of the briefings. A DUC document's outlet is the agency prefix of its DOCNO (APW, NYT, XIE), so reports
 * of different agencies are compared; a Multi-News row's (or MultiLing topic's) documents come from different
 * sites or days, so each is its own outlet ("source 1", "source 2", ...). Documents are taken as clean text.
 */
public final class ConflictSurvey {
  /** The conflicts of one topic. */
  public record TopicConflicts(String topic, int documents, List<Conflict> conflicts) {
    public TopicConflicts {
      conflicts = List.copyOf(conflicts);
    }
  }

  private ConflictSurvey() {}

  public static List<TopicConflicts> run(List<Path> folders) {
    TextAnalyzer analyzer = new TextAnalyzer();
    BriefingBuilder builder = new BriefingBuilder();
    List<TopicConflicts> out = new ArrayList<>();
    for (Path folder : folders) {
      boolean csv = !Files.isDirectory(folder);
      boolean semEval = csv && SemEvalPairs.matches(folder);
      boolean multiLing = !csv && MultiLingLayout.matches(folder);
      List<Cluster> clusters = semEval ? SemEvalPairs.read(folder) : csv ? new MultiNewsReader().read(folder)
          : multiLing ? new MultiLingLayout().read(folder) : new DucLayout().read(folder);
      for (Cluster cluster : clusters) {
        if (cluster.documents().isEmpty()) {
          continue;
        }
        List<AnalyzedArticle> analyzed = new ArrayList<>();
        for (DucDocument d : cluster.documents()) {
          analyzed.add(analyzer.analyze(CorpusArticles.article(cluster, d,
              csv || multiLing ? Optional.of("source " + (analyzed.size() + 1)) : agency(d))));
        }
        Story story = new Story(cluster.id(), analyzed, new CopyDetector().detect(analyzed));
        Briefing b = builder.build(story, new EntityResolver().resolve(analyzed));
        out.add(new TopicConflicts(cluster.id(), analyzed.size(), b.conflicts()));
      }
    }
    return out;
  }

  private static Optional<String> agency(DucDocument d) {
    String agency = d.docno().replaceAll("[^A-Za-z].*", "");
    return agency.isEmpty() ? Optional.empty() : Optional.of(agency);
  }


  /** One line per conflict and one per value (its normalised form, outlets and sentence), then totals by kind. */
  public static String format(List<TopicConflicts> topics) {
    StringBuilder s = new StringBuilder();
    Map<String, Integer> byKind = new LinkedHashMap<>();
    List.of(Conflict.NUMBER, Conflict.DATE, Conflict.PLACE, Conflict.NAME, Conflict.STANCE).forEach(k -> byKind.put(k, 0));
    for (TopicConflicts t : topics) {
      for (Conflict c : t.conflicts()) {
        byKind.merge(c.kind(), 1, Integer::sum);
        s.append(t.topic()).append("  ").append(c.kind()).append("  ").append(c.about()).append('\n');
        for (ConflictValue v : c.values()) {
          s.append("    ").append(v.value()).append(" = ").append(v.normalized()).append(' ').append(v.outlets())
              .append(" | ").append(v.text().replaceAll("\\s+", " ")).append('\n');
        }
      }
    }
    s.append(topics.size()).append(" topics, ").append(topics.stream().mapToInt(TopicConflicts::documents).sum())
        .append(" documents: ").append(byKind.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
            .collect(Collectors.joining(", "))).append(" conflicts\n");
    return s.toString();
  }
}
