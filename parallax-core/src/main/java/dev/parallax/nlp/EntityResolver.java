package dev.parallax.nlp;

import dev.parallax.model.AnalyzedArticle;
import dev.parallax.model.Entity;
import dev.parallax.model.EntityType;
import dev.parallax.model.Mention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Merges entity mentions across the articles of one story into canonical entities.
 *
 * <p>Surface forms are merged when they have the same {@link NameKeys#key key} (case, diacritics,
 * hyphens, dots, possessives, British/American spelling); when one is a known short form of the
 * other ("UN" and "United Nations", from the {@link Gazetteer}); when the story spells out an
 * initialism ("Coastal Resilience Authority (CRA)") or an initialism matches the initials of
 * exactly one multi-word organisation; when two person names differ only by a middle initial
 * ("Maria T. Okafor-Lind"); and when a shorter person name is the end of exactly one longer person
 * name ("Okafor-Lind", "Seo" after "Jae-won Seo"); and when an organisation is named without its
 * generic last word ("Quillon" for "Quillon Systems"), or a storm by its name alone ("Isolde").
 *
 * <p>A surname shared by two people ("Pavel Hrubý", "Lena Hrubý") is ambiguous: the two full names
 * are never merged and the bare surname stays an entity of its own, so its mentions still count
 * and {@link EntityResolution#entityOf} still answers for it, without claiming either person.
 * A first name alone is never merged.
 */
public final class EntityResolver {
  private static final Pattern SPELLED_OUT_INITIALISM =
      Pattern.compile("^\\s*\\(\\s*(\\p{Lu}(?:[\\p{Lu}&]|\\.(?=\\p{Lu}|\\s*\\))){1,9}\\.?)\\s*\\)");
  private static final Pattern INITIALISM_SURFACE = Pattern.compile("(?:\\p{Lu}\\.){2,}|\\p{Lu}[\\p{Lu}&]{1,7}");
  private static final Set<String> STORM_WORDS = Set.of("storm", "hurricane", "typhoon", "cyclone");
  private static final Set<String> NAME_CONNECTORS = Set.of("of", "for", "and", "the", "&", "de", "du", "la");

  private final Gazetteer gazetteer;

  /** A resolver using the bundled gazetteer for well-known short forms. */
  public EntityResolver() {
    this(Gazetteer.instance());
  }

  EntityResolver(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The canonical entities of {@code articles}, which all belong to one story. */
  public EntityResolution resolve(List<AnalyzedArticle> articles) {
    Map<String, Name> names = collect(articles);
    UnionFind clusters = new UnionFind(names.keySet());
    mergeKnownShortForms(names, clusters);
    mergeSpelledOutInitialisms(articles, names, clusters);
    mergeInitialsOfOrganisations(names, clusters);
    mergeMiddleInitials(names, clusters);
    mergeShortPersonNames(names, clusters);
    mergeShortOrganisationNames(names, clusters);
    mergeNamedStorms(names, clusters);
    return build(names, clusters);
  }

  /** Every distinct name key with its surface forms, type votes and articles, in key order. */
  private static Map<String, Name> collect(List<AnalyzedArticle> articles) {
    Map<String, Name> names = new TreeMap<>();
    for (AnalyzedArticle article : articles) {
      for (Mention mention : article.mentions()) {
        String key = NameKeys.key(mention.text());
        if (!key.isEmpty()) {
          names.computeIfAbsent(key, Name::new).add(mention, article.id());
        }
      }
    }
    return names;
  }

  private void mergeKnownShortForms(Map<String, Name> names, UnionFind clusters) {
    for (String key : names.keySet()) {
      gazetteer.expansionKey(key).filter(names::containsKey).ifPresent(full -> clusters.union(key, full));
    }
  }

  /** "Coastal Resilience Authority (CRA)": the name and the initialism in brackets are one. */
  private static void mergeSpelledOutInitialisms(List<AnalyzedArticle> articles, Map<String, Name> names,
      UnionFind clusters) {
    for (AnalyzedArticle article : articles) {
      String body = article.article().body();
      for (Mention mention : article.mentions()) {
        String after = body.substring(mention.end(), Math.min(body.length(), mention.end() + 16));
        Matcher m = SPELLED_OUT_INITIALISM.matcher(after);
        if (!m.find()) {
          continue;
        }
        String fullKey = NameKeys.key(mention.text());
        String shortKey = NameKeys.key(m.group(1));
        if (fullKey.contains(" ") && names.containsKey(shortKey) && names.containsKey(fullKey)
            && fullKey.charAt(0) == shortKey.charAt(0)
            && names.get(fullKey).majorityType() != EntityType.PERSON) {
          clusters.union(fullKey, shortKey);
        }
      }
    }
  }

  /** "CRA" joins "Coastal Resilience Authority" when no other organisation has those initials. */
  private void mergeInitialsOfOrganisations(Map<String, Name> names, UnionFind clusters) {
    Map<String, Set<String>> byInitials = new HashMap<>();
    for (Name name : names.values()) {
      if (name.words() < 2 || name.majorityType() != EntityType.ORGANISATION) {
        continue;
      }
      for (String initials : name.initials()) {
        byInitials.computeIfAbsent(initials, k -> new TreeSet<>()).add(name.key);
      }
    }
    for (Name name : names.values()) {
      if (!name.looksLikeInitialism() || gazetteer.expansionKey(name.key).isPresent()) {
        continue; // "UN" always means the United Nations, whatever else has those initials
      }
      Set<String> owners = byInitials.getOrDefault(name.key, Set.of());
      Set<String> roots = new TreeSet<>();
      owners.forEach(owner -> roots.add(clusters.find(owner)));
      if (roots.size() == 1) {
        clusters.union(name.key, owners.iterator().next());
      }
    }
  }

  /** "Maria T. Okafor-Lind" is "Maria Okafor-Lind": a middle initial does not make another person. */
  private static void mergeMiddleInitials(Map<String, Name> names, UnionFind clusters) {
    for (Name name : names.values()) {
      String[] words = name.key.split(" ");
      if (words.length < 3 || name.majorityType() != EntityType.PERSON) {
        continue;
      }
      List<String> kept = new ArrayList<>();
      for (int i = 0; i < words.length; i++) {
        boolean middleInitial = i > 0 && i < words.length - 1 && words[i].length() == 1;
        if (!middleInitial) {
          kept.add(words[i]);
        }
      }
      String reduced = String.join(" ", kept);
      Name plain = names.get(reduced);
      if (!reduced.equals(name.key) && plain != null && plain.majorityType() == EntityType.PERSON) {
        clusters.union(name.key, reduced);
      }
    }
  }

  /** "Okafor-Lind" joins "Maria Okafor-Lind" when exactly one person in the story has that surname. */
  private static void mergeShortPersonNames(Map<String, Name> names, UnionFind clusters) {
    List<Name> shortestLast = new ArrayList<>(names.values());
    shortestLast.sort(Comparator.comparingInt(Name::words).reversed().thenComparing(n -> n.key));
    for (Name name : shortestLast) {
      EntityType type = name.majorityType();
      if (type == EntityType.ORGANISATION || type == EntityType.PLACE) {
        continue;
      }
      Set<String> roots = new TreeSet<>();
      String first = null;
      for (Name full : names.values()) {
        if (full.key.endsWith(" " + name.key) && full.majorityType() == EntityType.PERSON
            && !clusters.find(full.key).equals(clusters.find(name.key))) {
          roots.add(clusters.find(full.key));
          first = full.key;
        }
      }
      if (roots.size() == 1) {
        clusters.union(name.key, first);
      }
    }
  }

  /**
   * "Quillon" joins "Quillon Systems": an organisation named without its last, generic word
   * ("Systems", "Ferries", "Rovers"), when exactly one organisation has that stem and the short form
   * is not a place ("Harwick" the town beside "Harwick Rovers"). "Rovers" alone joins "Harwick
   * Rovers" when exactly one organisation of the story ends with that generic word.
   */
  private static void mergeShortOrganisationNames(Map<String, Name> names, UnionFind clusters) {
    Map<String, Set<String>> byStem = new HashMap<>();
    for (Name name : names.values()) {
      String[] words = name.key.split(" ");
      if (words.length >= 2 && name.majorityType() == EntityType.ORGANISATION
          && name.surfaces.keySet().stream().anyMatch(EntityResolver::endsWithOrganisationWord)) {
        String stem = String.join(" ", java.util.Arrays.copyOf(words, words.length - 1));
        byStem.computeIfAbsent(stem, k -> new TreeSet<>()).add(name.key);
      }
    }
    // "Rovers" for "Harwick Rovers", "the Association" for "International Box Carriers Association".
    Map<String, Set<String>> byHead = new HashMap<>();
    for (Name name : names.values()) {
      String[] words = name.key.split(" ");
      if (words.length >= 2 && name.majorityType() == EntityType.ORGANISATION
          && name.surfaces.keySet().stream().anyMatch(EntityResolver::endsWithOrganisationWord)) {
        byHead.computeIfAbsent(words[words.length - 1], k -> new TreeSet<>()).add(name.key);
      }
    }
    byHead.forEach((head, owners) -> {
      Name shortName = names.get(head);
      if (shortName != null && owners.size() == 1 && shortName.majorityType() == EntityType.ORGANISATION) {
        clusters.union(head, owners.iterator().next());
      }
    });
    byStem.forEach((stem, owners) -> {
      Name shortName = names.get(stem);
      if (shortName != null && owners.size() == 1 && shortName.majorityType() != EntityType.PLACE) {
        clusters.union(stem, owners.iterator().next());
      }
    });
  }

  /** "Isolde" joins "Storm Isolde" when no other storm or hurricane of the story has that name. */
  private static void mergeNamedStorms(Map<String, Name> names, UnionFind clusters) {
    Map<String, Set<String>> byLastWord = new HashMap<>();
    for (Name name : names.values()) {
      String[] words = name.key.split(" ");
      if (words.length == 2 && STORM_WORDS.contains(words[0])) {
        byLastWord.computeIfAbsent(words[1], k -> new TreeSet<>()).add(name.key);
      }
    }
    byLastWord.forEach((last, storms) -> {
      Name shortName = names.get(last);
      if (shortName != null && storms.size() == 1 && shortName.majorityType() != EntityType.PLACE
          && shortName.majorityType() != EntityType.ORGANISATION) {
        clusters.union(last, storms.iterator().next());
      }
    });
  }

  private static boolean endsWithOrganisationWord(String surface) {
    String[] words = surface.strip().split("\\s+");
    return NewsWords.in(NewsWords.ORGANISATION_WORDS, words[words.length - 1]);
  }

  private static EntityResolution build(Map<String, Name> names, UnionFind clusters) {
    Map<String, List<Name>> members = new TreeMap<>();
    for (Name name : names.values()) {
      members.computeIfAbsent(clusters.find(name.key), k -> new ArrayList<>()).add(name);
    }
    List<Entity> entities = new ArrayList<>();
    Map<String, Entity> byKey = new HashMap<>();
    for (List<Name> cluster : members.values()) {
      Entity entity = entityOf(cluster);
      entities.add(entity);
      cluster.forEach(name -> byKey.put(name.key, entity));
    }
    entities.sort(Comparator.comparingInt(Entity::mentions).reversed().thenComparing(Entity::name));
    return new Resolution(List.copyOf(entities), Map.copyOf(byKey));
  }

  private static Entity entityOf(List<Name> cluster) {
    Map<String, Integer> surfaces = new TreeMap<>();
    Map<String, Integer> surfaceWords = new HashMap<>();
    Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
    Set<String> articleIds = new TreeSet<>();
    int mentions = 0;
    for (Name name : cluster) {
      name.surfaces.forEach((surface, count) -> {
        surfaces.merge(surface, count, Integer::sum);
        surfaceWords.put(surface, name.words());
      });
      name.votes.forEach((type, count) -> votes.merge(type, count, Integer::sum));
      articleIds.addAll(name.articleIds);
      mentions += name.mentions;
    }
    // The fullest form: most words, then most frequent, then not shouted (a "VELM" dateline),
    // then longest, then alphabetical.
    String canonical = surfaces.keySet().stream()
        .max(Comparator.<String>comparingInt(surfaceWords::get)
            .thenComparingInt(surfaces::get)
            .thenComparing(s -> !s.equals(s.toUpperCase(Locale.ROOT)) || s.length() <= 1)
            .thenComparingInt(String::length)
            .thenComparing(Comparator.<String>reverseOrder()))
        .orElseThrow();
    List<String> variants = surfaces.keySet().stream().filter(s -> !s.equals(canonical)).toList();
    // The fullest name carries the strongest type evidence ("Halden Bakeries" is an organisation,
    // however often "Halden said" makes the short form look like a person).
    EntityType type = cluster.stream().filter(n -> n.surfaces.containsKey(canonical)).findFirst()
        .map(Name::majorityType).orElse(majority(votes));
    return new Entity(canonical, type, variants, mentions, List.copyOf(articleIds));
  }

  /** The most voted type; ties go to the type listed first (PERSON, ORGANISATION, PLACE, OTHER). */
  static EntityType majority(Map<EntityType, Integer> votes) {
    EntityType best = EntityType.OTHER;
    int bestCount = 0;
    for (EntityType type : EntityType.values()) {
      int count = votes.getOrDefault(type, 0);
      if (count > bestCount) {
        best = type;
        bestCount = count;
      }
    }
    return best;
  }

  /** One name key: its surface forms with counts, type votes and articles. */
  private static final class Name {
    final String key;
    final Map<String, Integer> surfaces = new TreeMap<>();
    final Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
    final Set<String> articleIds = new TreeSet<>();
    int mentions;

    Name(String key) {
      this.key = key;
    }

    void add(Mention mention, String articleId) {
      surfaces.merge(mention.text(), 1, Integer::sum);
      votes.merge(mention.type(), 1, Integer::sum);
      articleIds.add(articleId);
      mentions++;
    }

    int words() {
      return key.split(" ").length;
    }

    EntityType majorityType() {
      return majority(votes);
    }

    boolean looksLikeInitialism() {
      return !key.contains(" ") && surfaces.keySet().stream().anyMatch(s -> INITIALISM_SURFACE.matcher(s).matches());
    }

    /** Initials of the capitalised words, and of all words ("cra"; "bt" and "bot" for "Bank of Tarsa"). */
    Set<String> initials() {
      Set<String> result = new TreeSet<>();
      for (String surface : surfaces.keySet()) {
        StringBuilder significant = new StringBuilder();
        StringBuilder all = new StringBuilder();
        for (String word : surface.split("[\\s\\p{Pd}]+")) {
          if (word.isEmpty()) {
            continue;
          }
          // An initialism inside the name gives all its letters: "U.S. Navy" is "USN", not "UN".
          String letters = INITIALISM_SURFACE.matcher(word).matches() ? word.replace(".", "") : word.substring(0, 1);
          all.append(letters);
          if (!NAME_CONNECTORS.contains(word)) {
            significant.append(letters);
          }
        }
        result.add(NameKeys.key(significant.toString()));
        result.add(NameKeys.key(all.toString()));
      }
      result.remove("");
      return result;
    }
  }

  /** Disjoint sets of name keys; the smallest key of a set is its root, so results are stable. */
  private static final class UnionFind {
    private final Map<String, String> parent = new HashMap<>();

    UnionFind(Set<String> keys) {
      keys.forEach(k -> parent.put(k, k));
    }

    String find(String key) {
      String root = key;
      while (!parent.get(root).equals(root)) {
        root = parent.get(root);
      }
      parent.put(key, root);
      return root;
    }

    void union(String a, String b) {
      String rootA = find(a);
      String rootB = find(b);
      if (rootA.compareTo(rootB) < 0) {
        parent.put(rootB, rootA);
      } else if (rootB.compareTo(rootA) < 0) {
        parent.put(rootA, rootB);
      }
    }
  }

  /** The entities of a story and the entity of each name key. */
  private record Resolution(List<Entity> entities, Map<String, Entity> byKey) implements EntityResolution {
    @Override
    public Optional<Entity> entityOf(String surface) {
      String key = NameKeys.key(surface);
      Entity entity = byKey.get(key);
      if (entity != null) {
        return Optional.of(entity);
      }
      if (key.isEmpty()) {
        return Optional.empty();
      }
      // A speaker written differently from every mention: the one person whose name it ends...
      List<Entity> people = entities.stream()
          .filter(e -> e.type() == EntityType.PERSON)
          .filter(e -> NameKeys.key(e.name()).endsWith(" " + key))
          .toList();
      if (people.size() == 1) {
        return Optional.of(people.get(0));
      }
      // ...or "the ministry", "the state news agency": the one organisation whose name has all
      // those words.
      List<String> words = NameKeys.words(surface);
      words.removeIf(w -> w.equals("the") || w.equals("a") || w.equals("its"));
      if (words.isEmpty()) {
        return Optional.empty();
      }
      List<Entity> organisations = entities.stream()
          .filter(e -> e.type() == EntityType.ORGANISATION)
          .filter(e -> NameKeys.words(e.name()).containsAll(words))
          .toList();
      return organisations.size() == 1 ? Optional.of(organisations.get(0)) : Optional.empty();
    }
  }
}
