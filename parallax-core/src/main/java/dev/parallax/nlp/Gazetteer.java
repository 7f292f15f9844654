package dev.parallax.nlp;

import dev.parallax.model.EntityType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A small list of well-known names (countries, capitals, US states, nationalities, international
 * organisations) with their type, and aliases such as "UN" for "United Nations". Read once from
 * the resource {@code gazetteer.tsv}; lookups use {@link NameKeys#key}.
 */
final class Gazetteer {
  private static final String RESOURCE = "gazetteer.tsv";

  private final Map<String, EntityType> types;
  private final Map<String, String> aliases;

  private Gazetteer(Map<String, EntityType> types, Map<String, String> aliases) {
    this.types = Map.copyOf(types);
    this.aliases = Map.copyOf(aliases);
  }

  /** The shared gazetteer, read on first use. */
  static Gazetteer instance() {
    return Holder.INSTANCE;
  }

  /** The type of a well-known name, when it is one. */
  Optional<EntityType> typeOf(String name) {
    return Optional.ofNullable(types.get(NameKeys.key(name)));
  }

  /** The key of the full form a short form stands for ("un" for "united nations"), when known. */
  Optional<String> expansionKey(String key) {
    return Optional.ofNullable(aliases.get(key));
  }

  private static final class Holder {
    static final Gazetteer INSTANCE = load();
  }

  private static Gazetteer load() {
    Map<String, EntityType> types = new HashMap<>();
    Map<String, String> aliases = new HashMap<>();
    try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("gazetteer resource missing: " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t");
        if (fields[0].equals("ALIAS")) {
          aliases.put(NameKeys.key(fields[1]), NameKeys.key(fields[2]));
        } else {
          types.putIfAbsent(NameKeys.key(fields[1]), EntityType.valueOf(fields[0]));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return new Gazetteer(types, aliases);
  }
}
