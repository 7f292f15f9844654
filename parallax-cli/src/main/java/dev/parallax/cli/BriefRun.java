package dev.parallax.cli;

import dev.parallax.ingest.InputReader;
import dev.parallax.model.Briefing;
import dev.parallax.model.InputFailure;
import dev.parallax.model.SourceEntry;
import dev.parallax.pipeline.BriefingPipeline;
import dev.parallax.pipeline.PipelineResult;
import dev.parallax.render.BriefingWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Runs the pipeline over inputs, prints what it found and writes the briefings. */
final class BriefRun {
  private BriefRun() {}

  static int run(List<Path> inputs, OutputOptions output, PrintWriter out, PrintWriter err) {
    return run(inputs.stream().map(Path::toString).toList(), new BriefingPipeline().run(inputs), output, out, err);
  }

  /** Briefs inputs that may be files, folders or http(s) URLs, read by {@code reader}. */
  static int runInputs(List<String> inputs, InputReader reader, OutputOptions output, PrintWriter out, PrintWriter err) {
    return run(inputs, new BriefingPipeline().run(reader.readInputs(inputs)), output, out, err);
  }

  private static int run(List<String> inputs, PipelineResult result, OutputOptions output, PrintWriter out, PrintWriter err) {
    for (InputFailure f : result.failures()) {
      err.println("parallax: skipped " + f.source() + ": " + f.reason());
    }
    err.flush();
    if (result.briefings().isEmpty()) {
      err.println("parallax: no article could be read from " + String.join(", ", inputs));
      return ExitCodes.NOTHING_BRIEFED;
    }
    out.printf("Read %d articles (%d inputs skipped) and found %d stories.%n%n",
        result.articleCount(), result.failures().size(), result.briefings().size());
    for (Briefing b : result.briefings()) {
      out.printf("%s  %d article%s  %s%n", b.storyId(), b.sources().size(), b.sources().size() == 1 ? "" : "s", b.headline());
      out.printf("            outlets: %s%n", outlets(b.sources()));
    }
    try {
      new BriefingWriter().write(result.briefings(), output.out, output.formatSet());
    } catch (IOException e) {
      err.println("parallax: cannot write briefings to " + output.out + ": " + e.getMessage());
      return ExitCodes.OUTPUT_FAILED;
    }
    String formats = output.formats.stream().distinct().map(Object::toString).collect(Collectors.joining(", "));
    out.printf("%nBriefings (%s) written to %s%n", formats, output.out);
    if (output.formatSet().contains(dev.parallax.render.OutputFormat.HTML)) {
      out.printf("Open %s to read them.%n", output.out.resolve("index.html"));
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static String outlets(List<SourceEntry> sources) {
    return sources.stream()
        .map(s -> s.outlet().orElse("unknown") + (s.copyOf().isPresent() ? " (copy)" : ""))
        .distinct()
        .collect(Collectors.joining(", "));
  }
}
