package dev.parallax.eval.cluster;

import dev.parallax.cluster.ClusteringConfig;
import dev.parallax.cluster.ExperimentHooks;
import dev.parallax.cluster.PairSimilarity;
import dev.parallax.cluster.SameEventFeatures;
import dev.parallax.model.AnalyzedArticle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/** Temporary experiment driver: analyses the pool once, runs model specs x thresholds x seeds x orders. */
public final class ClusterSweep {
    private ClusterSweep() {
    }

    public static void main(String[] args) throws Exception {
        List<Path> paths = new ArrayList<>();
        List<String> specs = new ArrayList<>();
        List<Double> thresholds = new ArrayList<>();
        List<Double> growths = new ArrayList<>(List.of(0.2));
        List<Long> seeds = new ArrayList<>(List.of(1L, 2L));
        boolean pairs = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--specs" -> specs.addAll(Files.readAllLines(Path.of(args[++i])).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList());
                case "--t" -> { for (String t : args[++i].split(",")) thresholds.add(Double.parseDouble(t)); }
                case "--g" -> { growths.clear(); for (String t : args[++i].split(",")) growths.add(Double.parseDouble(t)); }
                case "--seeds" -> { seeds.clear(); for (String t : args[++i].split(",")) seeds.add(Long.parseLong(t)); }
                case "--pairs" -> pairs = true;
                default -> paths.add(Path.of(args[i]));
            }
        }
        List<GoldDocument> pool = new ArrayList<>(ClusterPool.load(paths));
        ClusteringEval.AnalyzedPool analyzed = ClusteringEval.analyze(pool);
        Map<String, ClusteringEval.AnalyzedDocument> byId = new HashMap<>();
        analyzed.documents().forEach(d -> byId.put(d.gold().id(), d));
        System.out.printf("analysed %d documents in %d ms%n", analyzed.documents().size(), analyzed.millis());
        if (pairs) {
            pairReport(analyzed.documents(), seeds.get(0), pool, byId);
        }
        for (String spec : specs) {
            String[] parts = spec.trim().split("\\s+", 2);
            String name = parts[0];
            String model = parts.length < 2 ? "old" : parts[1].trim();
            ExperimentHooks.eventTime(-1, 1);
            ExperimentHooks.bonus(new double[9]);
            dev.parallax.cluster.StoryClusterer.COHESION = 0;
            if (model.contains(" coh=")) {
                dev.parallax.cluster.StoryClusterer.COHESION = Double.parseDouble(model.substring(model.indexOf(" coh=") + 5).trim());
                model = model.substring(0, model.indexOf(" coh=")).trim();
            }
            ExperimentHooks.anchor(new double[] {0, 1, 1});
            if (model.contains(" anchor=")) {
                ExperimentHooks.anchor(java.util.Arrays.stream(model.substring(model.indexOf(" anchor=") + 8).split(",")).mapToDouble(Double::parseDouble).toArray());
                model = model.substring(0, model.indexOf(" anchor=")).trim();
            }
            if (model.contains(" bonus=")) {
                ExperimentHooks.bonus(java.util.Arrays.stream(model.substring(model.indexOf(" bonus=") + 7).split(",")).mapToDouble(Double::parseDouble).toArray());
                model = model.substring(0, model.indexOf(" bonus=")).trim();
            }
            if (model.contains(" ev=")) {
                String[] ev = model.substring(model.indexOf(" ev=") + 4).split(",");
                ExperimentHooks.eventTime(Double.parseDouble(ev[0]), Double.parseDouble(ev[1]));
                model = model.substring(0, model.indexOf(" ev=")).trim();
            }
            if (model.equals("old")) {
                ExperimentHooks.model(null);
            } else {
                ExperimentHooks.model(java.util.Arrays.stream(model.split(",")).mapToDouble(Double::parseDouble).toArray());
            }
            for (double g : growths) {
                for (double t : thresholds) {
                    ClusteringConfig base = ClusteringConfig.DEFAULTS;
                    ClusteringConfig config = new ClusteringConfig(base.lexicalWeight(), base.entityWeight(), base.titleWeight(),
                            base.timeGraceDays(), base.timeHalfLifeDays(), t, g, base.centroidTerms(), base.indexedTermsPerItem());
                    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-12s g %.2f t %.3f |", name, g, t));
                    double sum = 0;
                    int n = 0;
                    for (long seed : seeds) {
                        List<ClusteringEval.AnalyzedDocument> shuffled = shuffled(pool, seed, byId);
                        for (ArrivalOrder order : List.of(ArrivalOrder.RANDOM, ArrivalOrder.DATE)) {
                            SystemResult r = ClusteringEval.clusterInOrder(shuffled, order, config, false);
                            line.append(String.format(Locale.ROOT, " s%d%s %.4f (P %.3f R %.3f %d)", seed,
                                    order == ArrivalOrder.RANDOM ? "r" : "d", r.scores().bcubedF1(),
                                    r.scores().bcubedPrecision(), r.scores().bcubedRecall(), r.scores().foundStories()));
                            sum += r.scores().bcubedF1();
                            n++;
                        }
                    }
                    line.append(String.format(Locale.ROOT, " | mean %.4f", sum / n));
                    System.out.println(line);
                }
            }
        }
    }

    static List<ClusteringEval.AnalyzedDocument> shuffled(List<GoldDocument> pool, long seed,
            Map<String, ClusteringEval.AnalyzedDocument> byId) {
        List<GoldDocument> copy = new ArrayList<>(pool);
        Collections.shuffle(copy, new Random(seed));
        return copy.stream().map(d -> byId.get(d.id())).filter(java.util.Objects::nonNull).toList();
    }

    /** Feature means of true pairs and of the baseline's wrong joins and missed joins (old mix). */
    private static void pairReport(List<ClusteringEval.AnalyzedDocument> docs, long seed, List<GoldDocument> pool,
            Map<String, ClusteringEval.AnalyzedDocument> byId) {
        ExperimentHooks.model(null);
        SystemResult r = ClusteringEval.clusterInOrder(shuffled(pool, seed, byId), ArrivalOrder.RANDOM,
                ClusteringConfig.DEFAULTS, false);
        Map<String, String> story = new HashMap<>();
        r.assignments().forEach(a -> story.put(a.doc(), a.story()));
        PairSimilarity similarity = new PairSimilarity(docs.stream().map(ClusteringEval.AnalyzedDocument::analyzed).toList());
        Map<String, List<double[]>> byKind = new java.util.TreeMap<>();
        Random random = new Random(7);
        Map<String, Map<String, Integer>> distances = new java.util.TreeMap<>();
        for (int i = 0; i < docs.size(); i++) {
            for (int j = i + 1; j < docs.size(); j++) {
                var a = docs.get(i);
                var b = docs.get(j);
                boolean sameGold = a.gold().gold().equals(b.gold().gold());
                boolean sameFound = story.get(a.gold().id()).equals(story.get(b.gold().id()));
                String kind = sameGold ? (sameFound ? "1 true, joined" : "2 true, missed")
                        : (sameFound ? "3 false, joined" : "4 false, apart");
                if (kind.startsWith("4") && random.nextInt(200) != 0) {
                    continue;
                }
                if (kind.startsWith("1") && random.nextInt(5) != 0) {
                    continue;
                }
                SameEventFeatures f = similarity.features(a.analyzed(), b.analyzed());
                double[] v = f.vector();
                double[] withRaw = java.util.Arrays.copyOf(v, v.length + 1);
                withRaw[v.length] = similarity.rawScore(a.analyzed(), b.analyzed());
                byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(withRaw);
                distances.computeIfAbsent(kind, k -> new java.util.TreeMap<>()).merge(bucket(a.analyzed(), b.analyzed()), 1, Integer::sum);
            }
        }
        System.out.print("pair kind           n    ");
        SameEventFeatures.NAMES.forEach(nm -> System.out.printf("%9s", nm.substring(0, Math.min(8, nm.length()))));
        System.out.println("   oldRaw");
        byKind.forEach((kind, rows) -> {
            System.out.printf(Locale.ROOT, "%-17s %5d    ", kind, rows.size());
            for (int k = 0; k < rows.get(0).length; k++) {
                int col = k;
                System.out.printf(Locale.ROOT, "%9.3f", rows.stream().mapToDouble(x -> x[col]).average().orElse(0));
            }
            System.out.println();
        });
        distances.forEach((kind, buckets) -> System.out.println(kind + " mentioned-day distance: " + buckets));
    }

    static List<java.time.LocalDate> days(AnalyzedArticle a) {
        List<java.time.LocalDate> out = new ArrayList<>();
        for (var t : a.times()) {
            String v = t.expression().value();
            if (t.expression().type() == dev.parallax.time.TimexType.DATE && v.length() >= 10 && v.substring(0, 10).matches("\\d{4}-\\d{2}-\\d{2}")) {
                try { out.add(java.time.LocalDate.parse(v.substring(0, 10))); } catch (Exception e) { }
            }
        }
        return out;
    }

    static String bucket(AnalyzedArticle a, AnalyzedArticle b) {
        List<java.time.LocalDate> da = days(a);
        List<java.time.LocalDate> db = days(b);
        if (da.isEmpty() || db.isEmpty()) {
            return "a none";
        }
        long min = Long.MAX_VALUE;
        for (var x : da) for (var y : db) min = Math.min(min, Math.abs(java.time.temporal.ChronoUnit.DAYS.between(x, y)));
        return min == 0 ? "b 0" : min <= 2 ? "c 1-2" : min <= 7 ? "d 3-7" : min <= 30 ? "e 8-30" : "f >30";
    }
}
