package dev.parallax.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.parallax.eval.rouge.RougeScore;

/**
 * The content of a ROUGE-1.5.5 output file ({@code .res}): per-topic rows
 * {@code SYSTEM ROUGE-N Eval dNNNNN.SYSTEM R:x P:y F:z} and average rows
 * {@code SYSTEM ROUGE-N Average_R: x (95%-conf.int. lo - hi)}.
 *
 * @param topicScores system -> metric -> topic -> score
 * @param averages    system -> metric -> published average (over every topic ROUGE was run on)
 */
public record PublishedRougeFile(SortedMap<String, SortedMap<String, SortedMap<String, RougeScore>>> topicScores,
                                 SortedMap<String, SortedMap<String, RougeScore>> averages) {

    private static final Pattern EVAL_ROW = Pattern.compile(
            "^(\\S+)\\s+(ROUGE-\\S+)\\s+Eval\\s+([^.\\s]+)\\.\\S*\\s+R:([0-9.]+)\\s+P:([0-9.]+)\\s+F:([0-9.]+)");
    private static final Pattern AVERAGE_ROW = Pattern.compile(
            "^(\\S+)\\s+(ROUGE-\\S+)\\s+Average_([RPF]):\\s+([0-9.]+)");

    /** Parses a ROUGE-1.5.5 output file. */
    public static PublishedRougeFile read(Path resFile) {
        try {
            return parse(Files.readAllLines(resFile));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resFile, e);
        }
    }

    /** Parses the lines of a ROUGE-1.5.5 output file; lines of other shapes are ignored. */
    public static PublishedRougeFile parse(List<String> lines) {
        SortedMap<String, SortedMap<String, SortedMap<String, RougeScore>>> topics = new TreeMap<>();
        SortedMap<String, SortedMap<String, double[]>> avg = new TreeMap<>();
        for (String line : lines) {
            Matcher e = EVAL_ROW.matcher(line.strip());
            if (e.find()) {
                topics.computeIfAbsent(e.group(1), k -> new TreeMap<>())
                        .computeIfAbsent(e.group(2), k -> new TreeMap<>())
                        .put(e.group(3).toLowerCase(), new RougeScore(Double.parseDouble(e.group(4)),
                                Double.parseDouble(e.group(5)), Double.parseDouble(e.group(6))));
                continue;
            }
            Matcher a = AVERAGE_ROW.matcher(line.strip());
            if (a.find()) {
                double[] rpf = avg.computeIfAbsent(a.group(1), k -> new TreeMap<>())
                        .computeIfAbsent(a.group(2), k -> new double[3]);
                rpf["RPF".indexOf(a.group(3))] = Double.parseDouble(a.group(4));
            }
        }
        SortedMap<String, SortedMap<String, RougeScore>> averages = new TreeMap<>();
        for (Map.Entry<String, SortedMap<String, double[]>> s : avg.entrySet()) {
            SortedMap<String, RougeScore> byMetric = new TreeMap<>();
            s.getValue().forEach((metric, v) -> byMetric.put(metric, new RougeScore(v[0], v[1], v[2])));
            averages.put(s.getKey(), byMetric);
        }
        return new PublishedRougeFile(topics, averages);
    }
}
