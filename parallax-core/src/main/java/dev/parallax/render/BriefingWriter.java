package dev.parallax.render;

import dev.parallax.model.Briefing;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Writes briefings into a folder: {@code <story-id>.<ext>} per story and format, plus an index
 * ({@code index.md} / {@code index.html}) when those formats are asked for.
 */
public final class BriefingWriter {
  private final MarkdownRenderer markdown = new MarkdownRenderer();
  private final HtmlRenderer html = new HtmlRenderer();

  /** Writes every briefing in every format and returns the files written, in order. */
  public List<Path> write(List<Briefing> briefings, Path folder, Set<OutputFormat> formats) throws IOException {
    Files.createDirectories(folder);
    List<Path> written = new ArrayList<>();
    for (Briefing b : briefings) {
      for (OutputFormat f : OutputFormat.values()) {
        if (formats.contains(f)) {
          written.add(writeFile(folder.resolve(b.storyId() + "." + f.extension()), render(b, f)));
        }
      }
    }
    if (formats.contains(OutputFormat.HTML)) {
      written.add(writeFile(folder.resolve("index.html"), html.renderIndex(briefings)));
    }
    if (formats.contains(OutputFormat.MD)) {
      written.add(writeFile(folder.resolve("index.md"), markdownIndex(briefings)));
    }
    return written;
  }

  public String render(Briefing b, OutputFormat format) {
    return switch (format) {
      case MD -> markdown.render(b);
      case JSON -> BriefingJson.write(b);
      case HTML -> html.render(b);
    };
  }

  private static String markdownIndex(List<Briefing> briefings) {
    StringBuilder md = new StringBuilder("# Stories\n\n");
    for (Briefing b : briefings) {
      md.append("1. [").append(MarkdownRenderer.escape(b.headline())).append("](").append(b.storyId()).append(".md) · ")
          .append(Describe.coverage(b)).append('\n');
    }
    return md.toString();
  }

  private static Path writeFile(Path file, String content) throws IOException {
    return Files.writeString(file, content, StandardCharsets.UTF_8);
  }
}
