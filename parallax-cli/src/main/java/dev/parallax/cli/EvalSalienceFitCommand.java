package dev.parallax.cli;

import dev.parallax.brief.SalienceFeatures;
import dev.parallax.eval.duc.Cluster;
import dev.parallax.eval.duc.DucLayout;
import dev.parallax.eval.salience.SalienceFit;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax eval salience-fit}: least-squares weights of the summarizer's sentence prior. */
@Command(
    name = "salience-fit",
    mixinStandardHelpOptions = true,
    description = {
        "Describes every summary candidate of a DUC-layout data set by the summarizer's salience",
        "features, scores it against the cluster's reference summaries (ROUGE-1.5.5, stemmed) and fits",
        "log(0.05 + score) to the features by least squares within each cluster; the prior's weights are the",
        "fitted ones divided by the concept density's. Fit on a set the summarizer is not judged on."},
    footerHeading = "%nExample:%n",
    footer = "  parallax eval salience-fit ../shared/data/duc2003 --target MEAN_PRECISION")
final class EvalSalienceFitCommand implements Callable<Integer> {
  @Parameters(paramLabel = "DATASET", description = "DUC-layout folder (docs/, models/).")
  Path dataset;

  @Option(names = "--target", defaultValue = "MEAN_PRECISION",
      description = "What a candidate is worth: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  SalienceFit.Target target;

  @Option(names = "--rouge-data", paramLabel = "DIR", description = "Folder with ROUGE's data files.")
  Path rougeData;

  @Option(names = "--csv", paramLabel = "FILE",
      description = "Also write every candidate's features and scores (numbers only) to FILE.")
  Path csv;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    if (!Files.isDirectory(dataset)) {
      spec.commandLine().getErr().println("parallax: no such data set folder: " + dataset);
      return ExitCodes.USAGE;
    }
    List<Cluster> clusters = new DucLayout().read(dataset).stream().filter(c -> !c.references().isEmpty()).toList();
    SalienceFit fitter = new SalienceFit(rougeData);
    List<SalienceFit.Example> examples = fitter.examples(clusters);
    if (csv != null) {
      List<String> lines = new ArrayList<>();
      lines.add("cluster," + String.join(",", SalienceFeatures.names()) + ",r1_recall,r1_precision,r2_recall,r2_precision");
      for (SalienceFit.Example e : examples) {
        lines.add(e.cluster() + "," + e.features().stream().map(x -> String.format(Locale.ROOT, "%.6f", x))
            .collect(Collectors.joining(",")) + String.format(Locale.ROOT, ",%.6f,%.6f,%.6f,%.6f",
            e.r1().recall(), e.r1().precision(), e.r2().recall(), e.r2().precision()));
      }
      Files.write(csv, lines);
    }
    SalienceFit.Fit fit = SalienceFit.fit(examples, target);
    stdout.printf("%d candidates of %d clusters, log(%.2f + %s) within clusters, R^2 %.3f%n",
        fit.examples(), clusters.size(), SalienceFit.TARGET_FLOOR, target, fit.r2());
    // The greedy counts concept density once (gain per word): the prior's weights are the fit's over density's.
    double density = fit.weights().get(0);
    stdout.printf("  %-18s %10s %10s%n", "feature", "fitted", "prior");
    for (int i = 0; i < SalienceFeatures.names().size(); i++) {
      stdout.printf("  %-18s %10.4f %10.3f%n", SalienceFeatures.names().get(i), fit.weights().get(i), fit.weights().get(i) / density);
    }
    stdout.flush();
    return ExitCodes.OK;
  }
}
