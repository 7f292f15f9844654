package dev.parallax.render;

import dev.parallax.model.Briefing;
import dev.parallax.model.Citation;
import dev.parallax.model.Conflict;
import dev.parallax.model.ConflictValue;
import dev.parallax.model.EntityType;
import dev.parallax.model.Fact;
import dev.parallax.model.SourceEntry;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Phrases shared by the Markdown and HTML renderings, so both say the same thing. */
final class Describe {
  private Describe() {}

  /** "5 articles from 4 independent outlets, 12 to 15 March 2026" and the like. */
  static String coverage(Briefing b) {
    int articles = b.sources().size();
    long outlets = b.independentOutlets();
    StringBuilder s = new StringBuilder();
    s.append(articles).append(articles == 1 ? " article" : " articles");
    s.append(" from ").append(outlets).append(outlets == 1 ? " independent outlet" : " independent outlets");
    List<LocalDate> dates = b.sources().stream().flatMap(x -> x.published().stream()).sorted().toList();
    if (!dates.isEmpty()) {
      LocalDate first = dates.get(0);
      LocalDate last = dates.get(dates.size() - 1);
      s.append(", ").append(first.equals(last) ? first.toString() : first + " to " + last);
    }
    return s.toString();
  }

  static Map<String, SourceEntry> sourcesById(Briefing b) {
    return b.sources().stream().collect(Collectors.toMap(SourceEntry::articleId, Function.identity()));
  }

  /** The distinct source numbers that {@code citations} point to, in order. */
  static List<Integer> numbers(List<Citation> citations, Map<String, SourceEntry> byId) {
    return citations.stream().map(c -> byId.get(c.articleId()).number()).distinct().toList();
  }

  static String outlet(SourceEntry s) {
    return s.outlet().orElse("Unknown outlet");
  }

  static String type(EntityType t) {
    return switch (t) {
      case PERSON -> "person";
      case ORGANISATION -> "organisation";
      case PLACE -> "place";
      case OTHER -> "other";
    };
  }

  /**
   * " (date)", " (place)", " (stance)" after what a conflict is about; nothing for numbers, whose
   * noun says it.
   */
  static String kind(Conflict c) {
    return c.kind().equals(Conflict.NUMBER) ? "" : " (" + c.kind() + ")";
  }

  /**
   * What a reader should see beside a conflicting value: a date's calendar value, a place's or
   * name's canonical name when written otherwise, whether a stance affirms or denies; nothing for numbers.
   */
  static Optional<String> normalized(Conflict c, ConflictValue v) {
    if (c.kind().equals(Conflict.NUMBER) || v.normalized().isEmpty()
        || (c.kind().equals(Conflict.PLACE) || c.kind().equals(Conflict.NAME)) && v.normalized().equals(v.value())) {
      return Optional.empty();
    }
    return Optional.of(v.normalized());
  }

  /** "reported by 3 independent outlets: ..." or "only Valley Post reports this". */
  static String support(Fact f) {
    return f.singleSource()
        ? "only " + String.join(", ", f.outlets()) + " reports this"
        : "reported by " + f.outlets().size() + " independent outlets: " + String.join(", ", f.outlets());
  }

  /** The warnings a reader should see beside a source. */
  static List<String> signals(SourceEntry s) {
    List<String> out = new java.util.ArrayList<>();
    if (s.signals().opinion()) {
      out.add("opinion or loaded language");
    }
    if (s.signals().earlierPhase()) {
      out.add(s.published().isPresent() ? "much older than the story" : "undated: may be an earlier phase");
    }
    return out;
  }

  static Optional<SourceEntry> original(SourceEntry copy, Map<String, SourceEntry> byId) {
    return copy.copyOf().map(byId::get);
  }
}
