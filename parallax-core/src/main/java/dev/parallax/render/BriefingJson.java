package dev.parallax.render;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.parallax.model.Briefing;
import java.io.UncheckedIOException;

/**
 * The JSON form of a briefing: record components in declaration order, absent optionals omitted,
 * dates as ISO strings. Reads back what it writes. Thread-safe.
 */
public final class BriefingJson {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new Jdk8Module())
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
      // Readers ignore what they do not know: newer minor versions add fields, derived ones too.
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .serializationInclusion(JsonInclude.Include.NON_ABSENT)
      .build();

  private BriefingJson() {}

  public static String write(Briefing briefing) {
    try {
      return MAPPER.writeValueAsString(briefing) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write briefing " + briefing.storyId() + " as JSON", e);
    }
  }

  public static Briefing read(String json) {
    try {
      return MAPPER.readValue(json, Briefing.class);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("not a briefing: " + e.getOriginalMessage(), e);
    }
  }

  /** The shared mapper configuration, for other JSON written alongside briefings. */
  static ObjectMapper mapper() {
    return MAPPER;
  }
}
