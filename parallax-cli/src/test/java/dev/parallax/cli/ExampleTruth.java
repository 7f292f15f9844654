package dev.parallax.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The true story of every example article, parsed from the table in {@code examples/README.md}
 * (columns: source, story, copy of, notes; sources relative to {@code examples/}).
 */
record ExampleTruth(List<Row> rows) {
  static final Path EXAMPLES = Path.of("..", "examples");

  record Row(String source, String story, Optional<String> copyOf, String notes) {}

  static ExampleTruth load() throws IOException {
    List<Row> rows = new ArrayList<>();
    boolean inTable = false;
    for (String line : Files.readAllLines(EXAMPLES.resolve("README.md"))) {
      String trimmed = line.strip();
      if (trimmed.startsWith("| source |")) {
        inTable = true;
        continue;
      }
      if (!inTable) {
        continue;
      }
      if (!trimmed.startsWith("|")) {
        break;
      }
      if (trimmed.startsWith("|---") || trimmed.startsWith("| ---")) {
        continue;
      }
      String[] cells = trimmed.substring(1, trimmed.length() - 1).split("\\|", -1);
      String copy = cells[2].strip();
      rows.add(new Row(cells[0].strip(), cells[1].strip(), copy.isEmpty() ? Optional.empty() : Optional.of(copy),
          cells.length > 3 ? cells[3].strip() : ""));
    }
    if (rows.isEmpty()) {
      throw new IllegalStateException("no truth table found in " + EXAMPLES.resolve("README.md"));
    }
    return new ExampleTruth(rows);
  }

  /** Story label to the sources in it. */
  Map<String, List<String>> stories() {
    return rows.stream().collect(Collectors.groupingBy(Row::story, Collectors.mapping(Row::source, Collectors.toList())));
  }

  /** The source as Parallax names it when reading {@code ../examples/corpus}. */
  static String asRead(String truthSource) {
    return EXAMPLES.resolve(truthSource.replaceAll("#\\d+$", "")).toString()
        + (truthSource.matches(".*#\\d+$") ? truthSource.substring(truthSource.lastIndexOf('#')) : "");
  }
}
