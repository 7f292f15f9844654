package dev.parallax.brief;

import dev.parallax.model.Sentence;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wire datelines that open a story's first sentence: "PORT SELWYN, March 10 (Meridian Wire) — ",
 * "GENEVA (Velmar Wire) - ", "LONDON — ", "PORT SELWYN, Belmark (Meridian Wire) _ ". A summary sentence reads better without them, and the
 * cited span simply starts after the dateline, so the text stays verbatim.
 */
final class Datelines {
  private static final Pattern DATELINE = Pattern.compile(
      "^\\p{Lu}[\\p{Lu}\\p{M} .'’-]{1,40}"                       // PLACE in capitals
          + "(?:,\\s*\\p{Lu}\\p{Ll}[\\p{L}.]*(?:\\s+\\p{Lu}\\p{Ll}[\\p{L}.]*){0,2}(?=[,(\\s]))?" // , Belgium / , South Korea
          + "(?:,\\s*\\p{Lu}[\\p{L}.]*\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?)?"  // , March 10[, 2026]
          + "(?:\\s*\\([^)]{2,40}\\))?"                             // (Agency)
          + "\\s*(?:—|–|--|-|_)\\s+(?=[\\p{Lu}\\d\"“‘`])");       // AP's newswire writes " _ "

  private Datelines() {}

  /** {@code sentence} without a leading dateline, as a span of the same body; unchanged if none. */
  static Sentence strip(Sentence sentence) {
    Matcher m = DATELINE.matcher(sentence.text());
    if (!m.find() || m.end() >= sentence.text().length()) {
      return sentence;
    }
    return new Sentence(sentence.index(), sentence.start() + m.end(), sentence.end(), sentence.text().substring(m.end()));
  }
}
