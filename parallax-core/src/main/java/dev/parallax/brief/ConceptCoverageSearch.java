package dev.parallax.brief;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * The exact form of Gillick and Favre's concept ILP, solved by depth-first branch and bound: choose
 * sentences of total length at most the budget that maximise the summed weight of the concepts they
 * cover, each concept counted once, plus each chosen sentence's own bonus. The bound is the fractional
 * knapsack over the remaining sentences' marginal gains, valid because coverage is submodular. A node
 * cap keeps the work bounded; when it is hit the best solution found so far is returned (never worse
 * than the warm start it was given).
 */
final class ConceptCoverageSearch {
  /** A sentence as the search sees it: its concept ids, its length in words and a bonus of its own. */
  record Item(int[] concepts, int length, double bonus) {}

  /** The chosen item indices, whether the search proved them optimal, and the nodes it took. */
  record Result(List<Integer> chosen, double value, boolean optimal, long nodes) {}

  private final List<Item> items;
  private final double[] weight;
  private final int budget;
  private final long nodeCap;

  private int[] order;
  private int[] coverCount;
  private boolean[] taken;
  private double best;
  private boolean[] bestTaken;
  private long nodes;

  /**
   * @param items   the candidate sentences
   * @param weight  weight of each concept id
   * @param budget  the most words the chosen sentences may have together
   * @param nodeCap the most search nodes to visit
   */
  ConceptCoverageSearch(List<Item> items, double[] weight, int budget, long nodeCap) {
    this.items = items;
    this.weight = weight;
    this.budget = budget;
    this.nodeCap = nodeCap;
  }

  /** Searches from the warm start {@code start} (item indices that fit the budget). */
  Result solve(List<Integer> start) {
    int n = items.size();
    Integer[] byRatio = new Integer[n];
    for (int i = 0; i < n; i++) {
      byRatio[i] = i;
    }
    double[] alone = new double[n];
    for (int i = 0; i < n; i++) {
      alone[i] = (gain(items.get(i), new int[weight.length]) + items.get(i).bonus()) / items.get(i).length();
    }
    Arrays.sort(byRatio, Comparator.comparingDouble((Integer i) -> -alone[i]));
    order = Arrays.stream(byRatio).mapToInt(Integer::intValue).toArray();
    coverCount = new int[weight.length];
    taken = new boolean[n];
    bestTaken = new boolean[n];
    for (int i : start) {
      bestTaken[i] = true;
    }
    best = value(start);
    nodes = 0;
    search(0, 0.0, budget);
    List<Integer> chosen = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (bestTaken[i]) {
        chosen.add(i);
      }
    }
    return new Result(chosen, best, nodes < nodeCap, nodes);
  }

  private void search(int depth, double value, int room) {
    if (++nodes >= nodeCap) {
      return;
    }
    if (value > best + 1e-9) {
      best = value;
      bestTaken = taken.clone();
    }
    if (depth == order.length || upperBound(depth, value, room) <= best + 1e-9) {
      return;
    }
    int i = order[depth];
    Item item = items.get(i);
    if (item.length() <= room) {
      double g = gain(item, coverCount) + item.bonus();
      if (g > 0) {
        cover(item, 1);
        taken[i] = true;
        search(depth + 1, value + g, room - item.length());
        taken[i] = false;
        cover(item, -1);
      }
    }
    search(depth + 1, value, room);
  }

  /** The current value plus the best fractional filling of {@code room} with the remaining marginal gains. */
  private double upperBound(int depth, double value, int room) {
    int rest = order.length - depth;
    double[] ratio = new double[rest];
    int[] length = new int[rest];
    double[] g = new double[rest];
    Integer[] idx = new Integer[rest];
    int m = 0;
    for (int d = depth; d < order.length; d++) {
      Item item = items.get(order[d]);
      if (item.length() > room) {
        continue;
      }
      double gain = gain(item, coverCount) + item.bonus();
      if (gain <= 0) {
        continue;
      }
      g[m] = gain;
      length[m] = item.length();
      ratio[m] = gain / item.length();
      idx[m] = m;
      m++;
    }
    Integer[] sorted = Arrays.copyOf(idx, m);
    Arrays.sort(sorted, Comparator.comparingDouble((Integer k) -> -ratio[k]));
    double bound = value;
    int left = room;
    for (int k : sorted) {
      if (length[k] <= left) {
        bound += g[k];
        left -= length[k];
      } else {
        bound += ratio[k] * left;
        break;
      }
    }
    return bound;
  }

  private double gain(Item item, int[] counts) {
    double g = 0;
    for (int k : item.concepts()) {
      if (counts[k] == 0) {
        g += weight[k];
      }
    }
    return g;
  }

  private void cover(Item item, int delta) {
    for (int k : item.concepts()) {
      coverCount[k] += delta;
    }
  }

  private double value(List<Integer> chosen) {
    BitSet covered = new BitSet();
    double v = 0;
    for (int i : chosen) {
      v += items.get(i).bonus();
      for (int k : items.get(i).concepts()) {
        if (!covered.get(k)) {
          covered.set(k);
          v += weight[k];
        }
      }
    }
    return v;
  }
}
