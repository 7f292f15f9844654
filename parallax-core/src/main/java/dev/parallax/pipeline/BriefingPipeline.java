package dev.parallax.pipeline;

import dev.parallax.brief.BriefingBuilder;
import dev.parallax.cluster.ClusteringConfig;
import dev.parallax.cluster.StoryClusterer;
import dev.parallax.dedup.CopyDetector;
import dev.parallax.ingest.IngestResult;
import dev.parallax.ingest.InputReader;
import dev.parallax.model.AnalyzedArticle;
import dev.parallax.model.Briefing;
import dev.parallax.model.CopyLink;
import dev.parallax.model.InputFailure;
import dev.parallax.model.Story;
import dev.parallax.model.StoryRef;
import dev.parallax.nlp.EntityResolver;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Runs every stage over a batch of inputs: read, extract, analyse, detect copies, cluster into
 * stories, build and verify one briefing per story. A bad input or record is reported in the
 * result and the rest of the batch goes on. One instance per thread.
 */
public final class BriefingPipeline {
  private final InputReader reader;
  private final DocumentAnalysis analysis = new DocumentAnalysis();
  private final CopyDetector copies = new CopyDetector();
  private final EntityResolver resolver = new EntityResolver();
  private final BriefingBuilder builder;

  public BriefingPipeline() {
    this(new InputReader(), new BriefingBuilder());
  }

  public BriefingPipeline(InputReader reader, BriefingBuilder builder) {
    this.reader = reader;
    this.builder = builder;
  }

  public PipelineResult run(List<Path> inputs) {
    return run(reader.read(inputs));
  }

  /** Runs every stage after reading, over documents already read (e.g. from files and URLs). */
  public PipelineResult run(IngestResult read) {
    List<InputFailure> failures = new ArrayList<>(read.failures());
    // Extraction and analysis are independent per document: run them in parallel, keep input order.
    List<DocumentAnalysis.Result> outcomes = read.documents().parallelStream().map(analysis::analyze).toList();
    List<AnalyzedArticle> analyzed = new ArrayList<>();
    Set<String> seenIds = new HashSet<>();
    for (DocumentAnalysis.Result o : outcomes) {
      if (o.failure() != null) {
        failures.add(o.failure());
      } else if (seenIds.add(o.article().id())) {
        analyzed.add(o.article());
      } else {
        failures.add(new InputFailure(o.article().article().source(), "read twice (same source given more than once)"));
      }
    }
    return brief(analyzed, failures);
  }

  /**
   * Clusters already analysed articles and briefs every story. Copies are found first and only
   * originals are clustered; each copy then joins its original's story, so a syndicated text
   * counts once in the clustering as it does in the briefing.
   */
  public PipelineResult brief(List<AnalyzedArticle> analyzed, List<InputFailure> failures) {
    Map<String, AnalyzedArticle> byId = analyzed.stream()
        .collect(Collectors.toMap(AnalyzedArticle::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    List<CopyLink> links = copies.detect(analyzed);
    Map<String, String> originalOf = links.stream().collect(Collectors.toMap(CopyLink::copyId, CopyLink::originalId));
    StoryClusterer clusterer = StoryClusterer.streamed(
        analyzed.stream().filter(a -> !originalOf.containsKey(a.id())).toList(), ClusteringConfig.DEFAULTS);
    Map<String, List<String>> clusters = clusterer.stories();
    attachCopies(clusters, originalOf);

    List<Story> stories = new ArrayList<>();
    for (Map.Entry<String, List<String>> cluster : clusters.entrySet()) {
      Set<String> members = new HashSet<>(cluster.getValue());
      List<CopyLink> inStory = links.stream()
          .filter(l -> members.contains(l.copyId()) && members.contains(l.originalId()))
          .toList();
      stories.add(new Story(cluster.getKey(), cluster.getValue().stream().map(byId::get).toList(), inStory,
          clusterer.earlierPhaseOf(cluster.getKey())));
    }
    stories.sort(Comparator.comparingInt((Story s) -> -s.articles().size()).thenComparing(Story::id));

    Map<String, Briefing> briefingOf = new LinkedHashMap<>();
    for (Story story : stories) {
      briefingOf.put(story.id(), builder.build(story, resolver.resolve(story.articles())));
    }
    List<Briefing> briefings = new ArrayList<>();
    for (Story story : stories) {
      Briefing briefing = briefingOf.get(story.id());
      briefings.add(story.earlierPhase().map(briefingOf::get)
          .map(earlier -> briefing.withEarlierPhase(new StoryRef(earlier.storyId(), earlier.headline())))
          .orElse(briefing));
    }
    return new PipelineResult(stories, briefings, failures);
  }

  /** Adds every copy to the story of its original (copies arrive after the originals they copy). */
  private static void attachCopies(Map<String, List<String>> clusters, Map<String, String> originalOf) {
    Map<String, List<String>> storyOf = new HashMap<>();
    clusters.replaceAll((id, members) -> new ArrayList<>(members));
    clusters.values().forEach(members -> members.forEach(m -> storyOf.put(m, members)));
    originalOf.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> storyOf.get(e.getValue()).add(e.getKey()));
  }
}
