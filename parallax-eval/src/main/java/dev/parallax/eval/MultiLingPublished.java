package dev.parallax.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import dev.parallax.eval.rouge.RougeScore;

/**
 * The published English ROUGE averages of a MultiLing 2011 folder
 * ({@code PublishedEvaluation/AutomaticEvaluation/ROUGE/Averages/ENGLISH_ROUGE-N.csv}, rows
 * {@code runid,recall,precision,f-score} with run ids such as {@code ID3_ROUGE-2}) and the per-topic rows
 * ({@code .../ROUGE/Detailed/englishDetailed.txt}, ROUGE-1.5.5 output with topics numbered from 1).
 *
 * @param averages system -> metric -> published average
 */
public record MultiLingPublished(SortedMap<String, SortedMap<String, RougeScore>> averages) {

    private static final Path ROUGE = Path.of("PublishedEvaluation", "AutomaticEvaluation", "ROUGE");
    private static final List<String> METRICS = List.of("ROUGE-1", "ROUGE-2");

    /** The averages of {@code folder}, empty when it has no published ROUGE CSVs. */
    public static Optional<MultiLingPublished> read(Path folder) {
        SortedMap<String, SortedMap<String, RougeScore>> out = new TreeMap<>();
        for (String metric : METRICS) {
            Path csv = folder.resolve(ROUGE).resolve("Averages").resolve("ENGLISH_" + metric + ".csv");
            if (!Files.isRegularFile(csv)) {
                continue;
            }
            List<List<String>> rows = Csv.rows(readText(csv));
            for (int r = 1; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                if (row.size() < 4 || !row.get(0).endsWith("_" + metric)) {
                    continue;
                }
                String system = row.get(0).substring(0, row.get(0).length() - metric.length() - 1);
                try {
                    out.computeIfAbsent(system, k -> new TreeMap<>()).put(metric, new RougeScore(
                            Double.parseDouble(row.get(1)), Double.parseDouble(row.get(2)), Double.parseDouble(row.get(3))));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(csv + " row " + (r + 1) + ": not a number in " + row, e);
                }
            }
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(new MultiLingPublished(out));
    }

    /** The per-topic ROUGE-1.5.5 output of the English runs, if the folder has it. */
    public static Optional<Path> detailedFile(Path folder) {
        Path file = folder.resolve(ROUGE).resolve("Detailed").resolve("englishDetailed.txt");
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** One line per system and metric: the published average recall beside ours for the same summaries. */
    List<String> besides(ConfigurationResult result) {
        List<String> lines = new java.util.ArrayList<>();
        averages.forEach((system, byMetric) -> byMetric.forEach((metric, published) -> {
            String rescored = result.baselines().stream().filter(s -> s.system().equals(system)).findFirst()
                    .map(s -> String.format(java.util.Locale.ROOT, "%.2f", 100 * s.average(metric).mean().recall()))
                    .orElse("-");
            lines.add(String.format(java.util.Locale.ROOT, "published %s %s recall %.2f (PublishedEvaluation), re-scored here %s",
                    system, metric, 100 * published.recall(), rescored));
        }));
        return lines;
    }

    private static String readText(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
