package dev.parallax.render;

import java.util.Locale;

/** The file formats a briefing can be written in. */
public enum OutputFormat {
  MD("md"), JSON("json"), HTML("html");

  private final String extension;

  OutputFormat(String extension) {
    this.extension = extension;
  }

  public String extension() {
    return extension;
  }

  /** Parses "md", "json" or "html" (any case). */
  public static OutputFormat parse(String name) {
    for (OutputFormat f : values()) {
      if (f.extension.equalsIgnoreCase(name.strip())) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown format '" + name + "' (expected md, json or html)");
  }

  @Override
  public String toString() {
    return extension.toLowerCase(Locale.ROOT);
  }
}
