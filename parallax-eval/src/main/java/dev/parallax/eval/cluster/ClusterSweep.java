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
        boolean nn = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--specs" -> specs.addAll(Files.readAllLines(Path.of(args[++i])).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList());
                case "--t" -> { for (String t : args[++i].split(",")) thresholds.add(Double.parseDouble(t)); }
                case "--g" -> { growths.clear(); for (String t : args[++i].split(",")) growths.add(Double.parseDouble(t)); }
                case "--seeds" -> { seeds.clear(); for (String t : args[++i].split(",")) seeds.add(Long.parseLong(t)); }
                case "--pairs" -> pairs = true;
                case "--nn" -> nn = true;
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
        if (nn) {
            nearestNeighbours(analyzed.documents());
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
        singletons(docs, story, similarity);
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

    /** Share of documents with a story-mate whose nearest neighbour is in their story, per scoring. */
    private static void nearestNeighbours(List<ClusteringEval.AnalyzedDocument> docs) {
        ExperimentHooks.model(null);
        PairSimilarity similarity = new PairSimilarity(docs.stream().map(ClusteringEval.AnalyzedDocument::analyzed).toList());
        int n = docs.size();
        int d = SameEventFeatures.NAMES.size() + 1;
        double[][][] f = new double[n][n][];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double[] v = similarity.features(docs.get(i).analyzed(), docs.get(j).analyzed()).vector();
                double[] row = java.util.Arrays.copyOf(v, d);
                row[d - 1] = similarity.rawScore(docs.get(i).analyzed(), docs.get(j).analyzed());
                f[i][j] = row;
                f[j][i] = row;
            }
        }
        // pool-fitted logistic regression: an optimistic diagnostic, never used as weights
        List<double[]> x = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        Random random = new Random(3);
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                boolean same = docs.get(i).gold().gold().equals(docs.get(j).gold().gold());
                if (same || (f[i][j][d - 1] > 0.03 && random.nextInt(4) == 0)) {
                    x.add(f[i][j]);
                    y.add(same ? 1 : 0);
                }
            }
        }
        double[] pool = LogisticFit.fit(x, y, 1.0);
        System.out.println("pool-fitted LR (diagnostic, features + oldRaw): " + java.util.Arrays.toString(pool));
        double[] noRaw = LogisticFit.fit(x.stream().map(r -> java.util.Arrays.copyOf(r, d - 1)).toList(), y, 1.0);
        StringBuilder spec = new StringBuilder();
        for (double b : noRaw) spec.append(spec.isEmpty() ? "" : ",").append(String.format(Locale.ROOT, "%.4f", b));
        System.out.println("pool-fitted LR without oldRaw (diagnostic) spec: " + spec);
        double[] noRawW = java.util.Arrays.copyOf(java.util.Arrays.copyOfRange(noRaw, 1, noRaw.length), d);
        Map<String, double[]> combos = new java.util.LinkedHashMap<>();
        combos.put("oldRaw", unit(d, d - 1));
        combos.put("body", unit(d, 0));
        combos.put("lead", unit(d, 2));
        combos.put("title", unit(d, 1));
        combos.put("old+0.25lead", add(unit(d, d - 1), 2, 0.25));
        combos.put("old+0.25dates", add(unit(d, d - 1), 8, 0.25));
        combos.put("old+0.25numbers", add(unit(d, d - 1), 7, 0.25));
        combos.put("old+0.1rare", add(unit(d, d - 1), 6, 0.1));
        combos.put("semevalLR", new double[] {1.9889, 2.1275, 1.3848, 0.9145, -0.3672, 0.2523, 1.4283, 0.2200, -0.4572, 0});
        combos.put("poolLR", java.util.Arrays.copyOfRange(pool, 1, pool.length));
        combos.put("poolLRnoRaw", noRawW);
        for (var e : combos.entrySet()) {
            double[] w = e.getValue();
            int withMate = 0;
            int right = 0;
            for (int i = 0; i < n; i++) {
                int best = -1;
                double bestScore = Double.NEGATIVE_INFINITY;
                boolean hasMate = false;
                for (int j = 0; j < n; j++) {
                    if (j == i) continue;
                    hasMate |= docs.get(i).gold().gold().equals(docs.get(j).gold().gold());
                    double sc = 0;
                    for (int k = 0; k < d; k++) sc += w[k] * f[i][j][k];
                    if (sc > bestScore) { bestScore = sc; best = j; }
                }
                if (hasMate) {
                    withMate++;
                    if (docs.get(best).gold().gold().equals(docs.get(i).gold().gold())) right++;
                }
            }
            System.out.printf(Locale.ROOT, "nearest neighbour in own story, %-16s %.4f (%d of %d)%n", e.getKey(),
                    (double) right / withMate, right, withMate);
        }
    }

    private static double[] unit(int d, int k) {
        double[] w = new double[d];
        w[k] = 1;
        return w;
    }

    private static double[] add(double[] w, int k, double v) {
        w[k] += v;
        return w;
    }

    private static void singletons(List<ClusteringEval.AnalyzedDocument> docs, Map<String, String> story,
            PairSimilarity similarity) {
        Map<String, Integer> storySize = new HashMap<>();
        story.values().forEach(v -> storySize.merge(v, 1, Integer::sum));
        Map<String, Integer> goldSize = new HashMap<>();
        docs.forEach(d -> goldSize.merge(d.gold().gold(), 1, Integer::sum));
        int[] buckets = new int[4];
        for (var a : docs) {
            if (storySize.get(story.get(a.gold().id())) != 1 || goldSize.get(a.gold().gold()) < 2) {
                continue;
            }
            double same = 0;
            double other = 0;
            for (var b : docs) {
                if (b == a) continue;
                double r = similarity.rawScore(a.analyzed(), b.analyzed());
                if (b.gold().gold().equals(a.gold().gold())) same = Math.max(same, r); else other = Math.max(other, r);
            }
            buckets[same < 0.1 ? 0 : same < 0.15 ? 1 : same < 0.25 ? 2 : 3]++;
            System.out.printf(Locale.ROOT, "singleton %-40s best same-story pair %.3f, best other %.3f  %s%n", a.gold().id(), same, other,
                    a.analyzed().article().title());
        }
        System.out.println("singletons by best same-story pair score (<0.1, <0.15, <0.25, >=0.25): " + java.util.Arrays.toString(buckets));
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
