package dev.parallax.cli;

import dev.parallax.render.OutputFormat;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;

/** The options every briefing command shares: where to write and in which formats. */
final class OutputOptions {
  @Option(names = "--out", paramLabel = "DIR", defaultValue = "parallax-out",
      description = "Folder to write the briefings into (created if missing; default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--format", paramLabel = "FORMAT", split = ",", defaultValue = "md,json,html",
      converter = FormatConverter.class,
      description = "Comma-separated output formats: md, json, html (default: ${DEFAULT-VALUE}).")
  List<OutputFormat> formats;

  Set<OutputFormat> formatSet() {
    return EnumSet.copyOf(formats);
  }

  static final class FormatConverter implements picocli.CommandLine.ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
      return OutputFormat.parse(value);
    }
  }
}
