package dev.parallax.eval.dedup;

import dev.parallax.model.Article;
import dev.parallax.model.PublicationDate;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * A way a second outlet reprints an article, applied to a real article to make a copy whose
 * original is known. Each kind imitates something syndication does: the same wire text under
 * another headline, the text with the reprinting site's page furniture, the wire story cut from
 * the bottom, a local paragraph added, sentences dropped in editing, or words changed throughout
 * (a rate of edited words, from a careful copy edit to a rewrite).
 *
 * @param name how the report names it
 * @param kind what is done to the body
 * @param rate for {@link Kind#WORD_EDITS}, the share of words deleted, replaced or followed by an
 *             inserted word; 0 otherwise
 */
public record CopyVariant(String name, Kind kind, double rate) {
  /** What is done to the body. */
  public enum Kind { EXACT, PAGE_FURNITURE, TRIMMED, EXTENDED, SENTENCES_DROPPED, WORD_EDITS }

  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");
  private static final List<String> FURNITURE = List.of(
      "ADVERTISEMENT", "Share this article", "Photo: staff photographer", "Continue reading below",
      "Sign up for our morning newsletter");

  public CopyVariant {
    if (rate < 0 || rate > 1) {
      throw new IllegalArgumentException("rate must be in [0,1]: " + rate);
    }
  }

  /** The variants the evaluation reports, lightest first. */
  public static List<CopyVariant> standard() {
    List<CopyVariant> out = new ArrayList<>(List.of(
        new CopyVariant("same text, new headline", Kind.EXACT, 0),
        new CopyVariant("page furniture added", Kind.PAGE_FURNITURE, 0),
        new CopyVariant("cut to its first half", Kind.TRIMMED, 0),
        new CopyVariant("local paragraphs added", Kind.EXTENDED, 0),
        new CopyVariant("every fourth sentence dropped", Kind.SENTENCES_DROPPED, 0)));
    for (double rate : new double[] {0.02, 0.05, 0.10, 0.15, 0.20, 0.30}) {
      out.add(new CopyVariant(String.format(Locale.ROOT, "%.0f%% of words edited", rate * 100), Kind.WORD_EDITS, rate));
    }
    return List.copyOf(out);
  }

  /**
   * The copy of {@code source} this variant makes: id {@code <source id>#copy}, another outlet, a
   * new headline, dated a day after the source when the source is dated (so the source is the
   * earliest and must be found as the original).
   *
   * @param donor another article: its sentences are the added local paragraphs and its words the
   *              replacements of {@link Kind#WORD_EDITS}
   * @param random the edits' randomness (seeded by the caller, so a run is repeatable)
   */
  public Article apply(Article source, Article donor, Random random) {
    String body = switch (kind) {
      case EXACT -> source.body();
      case PAGE_FURNITURE -> withFurniture(source, random);
      case TRIMMED -> String.join(" ", firstHalf(sentences(source.body())));
      case EXTENDED -> source.body() + "\n\n" + localParagraph(source.body(), donor.body());
      case SENTENCES_DROPPED -> dropEveryFourth(sentences(source.body()));
      case WORD_EDITS -> editWords(source.body(), donor.body(), random);
    };
    Optional<PublicationDate> date = source.published()
        .map(d -> new PublicationDate(d.date().plusDays(1), "derived copy", 1.0));
    return new Article(source.id() + "#copy", source.source() + "#copy", Optional.empty(),
        "Reprinted: " + source.title(), Optional.of("Copy Desk"), date, List.of(), body,
        Optional.empty(), Optional.empty(), source.language());
  }

  private static String withFurniture(Article source, Random random) {
    String[] paragraphs = PARAGRAPH_BREAK.split(source.body().strip());
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < paragraphs.length; i++) {
      if (i > 0) {
        out.append("\n\n");
        if (i % 3 == 0) {
          out.append(FURNITURE.get(random.nextInt(FURNITURE.size()))).append("\n\n");
        }
      }
      out.append(paragraphs[i].strip());
    }
    out.append("\n\nThis story was first published by ")
        .append(source.outlet().orElse("our partners")).append(". All rights reserved.");
    return out.toString();
  }

  /** The body's sentences, in order (the JDK's English sentence breaks). */
  static List<String> sentences(String text) {
    BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ENGLISH);
    String flat = PARAGRAPH_BREAK.matcher(text).replaceAll(" ");
    breaks.setText(flat);
    List<String> out = new ArrayList<>();
    for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
      String sentence = flat.substring(start, end).strip();
      if (!sentence.isEmpty()) {
        out.add(sentence);
      }
    }
    return out;
  }

  /**
   * The donor's opening words, as many as two fifths of the source's and at most two fifths of the
   * donor's: added text, not a copy of the donor.
   */
  private static String localParagraph(String sourceBody, String donorBody) {
    String[] sourceWords = sourceBody.strip().split("\\s+");
    String[] donorWords = donorBody.strip().split("\\s+");
    int n = Math.max(1, Math.min(sourceWords.length, donorWords.length) * 2 / 5);
    return String.join(" ", Arrays.copyOf(donorWords, n));
  }

  private static List<String> firstHalf(List<String> sentences) {
    return sentences.subList(0, Math.max(1, (sentences.size() + 1) / 2));
  }

  private static String dropEveryFourth(List<String> sentences) {
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      if (i % 4 != 3) {
        kept.add(sentences.get(i));
      }
    }
    return String.join(" ", kept);
  }

  /** Each word, with probability {@code rate}, is deleted, replaced by a donor word, or followed by one. */
  private String editWords(String body, String donorBody, Random random) {
    String[] words = body.strip().split("\\s+");
    String[] donorWords = donorBody.strip().split("\\s+");
    List<String> out = new ArrayList<>(words.length + 8);
    for (String word : words) {
      if (random.nextDouble() >= rate) {
        out.add(word);
        continue;
      }
      String other = donorWords[random.nextInt(donorWords.length)];
      switch (random.nextInt(3)) {
        case 0 -> { } // deleted
        case 1 -> out.add(other);
        default -> {
          out.add(word);
          out.add(other);
        }
      }
    }
    return String.join(" ", out);
  }
}
