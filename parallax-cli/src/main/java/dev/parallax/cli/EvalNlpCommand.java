package dev.parallax.cli;

import dev.parallax.eval.nlp.AnalysisMemory;
import dev.parallax.eval.nlp.AnnotatedCorpus;
import dev.parallax.eval.nlp.AnnotatedStory;
import dev.parallax.eval.nlp.AnnotationValidator;
import dev.parallax.eval.nlp.CorpusArticles;
import dev.parallax.eval.nlp.NlpEval;
import dev.parallax.eval.nlp.NlpReport;
import dev.parallax.eval.nlp.TaggerThroughput;
import dev.parallax.eval.nlp.Throughput;
import dev.parallax.model.Article;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax eval nlp}: mentions, entity merging, quotes and speakers against an annotated set. */
@Command(
    name = "nlp",
    mixinStandardHelpOptions = true,
    description = {
        "Scores the language analysis (names and their types, entity merging per story, quotes and their speakers) "
            + "against an annotated set of fictional articles, and measures its speed.",
        "DIR holds one folder per story: entities.tsv and marked-up .txt articles (format: the README.md of "
            + "parallax-eval's dev/parallax/eval/nlp/annotated/). Default: the bundled set."},
    footerHeading = "%nExamples:%n",
    footer = {"  parallax eval nlp --errors", "  parallax eval nlp --speed-corpus examples/corpus",
        "  parallax eval nlp --speed-seconds 0 --memory-corpus examples/corpus ../shared/data/duc2004/docs"})
final class EvalNlpCommand implements Callable<Integer> {
  @Parameters(paramLabel = "DIR", arity = "0..1", description = "Annotated set folder (default: the bundled set).")
  Path dir;

  @Option(names = "--errors", description = "Also list every error: missed, spurious and mistyped names, split and merged entities, quote and speaker errors.")
  boolean errors;

  @Option(names = "--speed-seconds", paramLabel = "S", defaultValue = "3",
      description = "Seconds of repeated analysis for each speed measurement (0: no speed measurement; default: 3).")
  double speedSeconds;

  @Option(names = "--speed-corpus", paramLabel = "PATH",
      description = "Also measure the speed on the articles read from PATH (files or folders of .txt, .html, .jsonl).")
  List<Path> speedCorpus;

  @Option(names = "--memory-corpus", paramLabel = "PATH", arity = "1..*",
      description = "Also measure the heap the analysis needs: models loaded, and all articles read from PATH analysed and kept.")
  List<Path> memoryCorpus;

  @Option(names = "--story", paramLabel = "NAME",
      description = "Only the stories whose folder name contains NAME (e.g. heldout).")
  String story;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    List<AnnotatedStory> stories;
    if (dir == null) {
      stories = AnnotatedCorpus.bundled();
    } else if (Files.isDirectory(dir)) {
      stories = AnnotatedCorpus.read(dir);
    } else {
      spec.commandLine().getErr().println("parallax: no such folder: " + dir);
      return ExitCodes.USAGE;
    }
    if (story != null) {
      stories = stories.stream().filter(s -> s.name().contains(story)).toList();
      if (stories.isEmpty()) {
        spec.commandLine().getErr().println("parallax: no story folder contains " + story);
        return ExitCodes.USAGE;
      }
    }
    List<String> problems = AnnotationValidator.problems(stories);
    if (!problems.isEmpty()) {
      problems.forEach(p -> spec.commandLine().getErr().println("parallax: annotation problem: " + p));
      return ExitCodes.USAGE;
    }
    NlpReport report = NlpEval.run(stories);
    out.println("Annotated set: " + (dir == null ? "bundled" : dir) + " (" + stories.size() + " stories)");
    out.print(report.table());
    if (errors) {
      out.println();
      out.println("Errors:");
      report.errors().forEach(e -> out.println("  " + e));
    }
    if (speedSeconds > 0) {
      out.println();
      out.println("Speed of TextAnalyzer (after a warm-up pass):");
      List<Article> annotated = CorpusArticles.of(stories);
      speed(out, "annotated set", annotated);
      if (speedCorpus != null && !speedCorpus.isEmpty()) {
        List<Article> corpus = CorpusArticles.read(speedCorpus);
        if (corpus.isEmpty()) {
          out.println("  " + speedCorpus + ": no articles");
        } else {
          speed(out, String.valueOf(speedCorpus), corpus);
        }
      }
    }
    if (memoryCorpus != null && !memoryCorpus.isEmpty()) {
      out.println();
      out.println("Memory of the analysis stage (after full GCs): " + memoryCorpus);
      out.println("  " + AnalysisMemory.measure(CorpusArticles.read(memoryCorpus)));
    }
    out.flush();
    return ExitCodes.OK;
  }

  private void speed(PrintWriter out, String name, List<Article> articles) {
    out.println("  " + name + ":");
    out.println("    1 thread : " + Throughput.measure(articles, 1, speedSeconds));
    out.println("    2 threads: " + Throughput.measure(articles, 2, speedSeconds));
    out.println("    OpenNLP tokenizer + POS tagger alone, 1 thread: " + TaggerThroughput.measure(articles, speedSeconds));
    out.flush();
  }
}
