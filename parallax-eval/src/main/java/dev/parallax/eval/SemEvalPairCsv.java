package dev.parallax.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The English-English news pairs of a SemEval-2022 Task 8 CSV (columns {@code pair_id, lang1, lang2,
 * text1, text2, Overall}, others ignored), in file order. Read by the similarity and conflict surveys.
 */
public final class SemEvalPairCsv {
    /** One pair: its id, the two texts, and the annotators' Overall (1 = very similar ... 4 = very different). */
    public record Pair(String id, String text1, String text2, double overall) {}

    private SemEvalPairCsv() {
    }

    /** Every en-en row of {@code file}; rows with a different number of fields are skipped. */
    public static List<Pair> englishPairs(Path file) {
        List<List<String>> rows;
        try {
            rows = Csv.rows(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        List<String> header = rows.get(0);
        int id = header.indexOf("pair_id");
        int lang1 = header.indexOf("lang1");
        int lang2 = header.indexOf("lang2");
        int text1 = header.indexOf("text1");
        int text2 = header.indexOf("text2");
        int overall = header.indexOf("Overall");
        if (Math.min(Math.min(id, overall), Math.min(Math.min(lang1, lang2), Math.min(text1, text2))) < 0) {
            throw new IllegalArgumentException(file + ": needs the columns pair_id, lang1, lang2, text1, text2, Overall");
        }
        List<Pair> out = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() == header.size() && row.get(lang1).equals("en") && row.get(lang2).equals("en")) {
                out.add(new Pair(row.get(id), row.get(text1), row.get(text2), Double.parseDouble(row.get(overall))));
            }
        }
        return out;
    }
}
