package dev.parallax.nlp;

import dev.parallax.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Tokenises a sentence and tags each token with its UD part of speech, keeping body offsets.
 * Repairs three tokenizer habits that matter for names: a possessive glued to a name ("CRA's") is
 * split off, a hyphen glued to one part of a double-barrelled name ("Solberg" + "-Hale") is split
 * off, and a dotted initialism or initial cut before its last dot ("U.N" + ".") is joined again.
 *
 * <p>Not thread-safe (it owns OpenNLP {@code *ME} instances): use one instance per thread.
 */
final class TokenTagger {
  /** Capitals cut before their last dot: "U.N" + "." or the initial "R" + "." of "R. Mensah". */
  private static final Pattern CUT_INITIALISM = Pattern.compile("(?:\\p{Lu}\\.)*\\p{Lu}");

  private final TokenizerME tokenizer = new TokenizerME(NlpModels.tokenizer());
  private final POSTaggerME tagger = new POSTaggerME(NlpModels.pos());

  /** The tokens of {@code sentence}, with offsets into the article body. */
  List<Token> tag(Sentence sentence) {
    String text = sentence.text();
    List<int[]> spans = new ArrayList<>();
    for (Span span : tokenizer.tokenizePos(text)) {
      addRepaired(text, span.getStart(), span.getEnd(), spans);
    }
    String[] words = new String[spans.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = text.substring(spans.get(i)[0], spans.get(i)[1]);
    }
    String[] tags = tagger.tag(words);
    List<Token> tokens = new ArrayList<>(words.length);
    for (int i = 0; i < words.length; i++) {
      String tag = tags[i];
      if (isPossessive(words[i])) {
        tag = "PART";
      } else if (words[i].endsWith(".") && CUT_INITIALISM.matcher(words[i].substring(0, words[i].length() - 1)).matches()) {
        tag = "PROPN";
      }
      tokens.add(new Token(words[i], tag, sentence.index(),
          sentence.start() + spans.get(i)[0], sentence.start() + spans.get(i)[1]));
    }
    return tokens;
  }

  private static void addRepaired(String text, int start, int end, List<int[]> spans) {
    String word = text.substring(start, end);
    if (word.equals(".") && !spans.isEmpty()) {
      int[] previous = spans.get(spans.size() - 1);
      if (previous[1] == start && CUT_INITIALISM.matcher(text.substring(previous[0], previous[1])).matches()) {
        previous[1] = end;
        return;
      }
    }
    // "Solberg" + "-Hale": the tokenizer glues the hyphen of a double-barrelled name to one part.
    if (word.length() > 1 && isHyphen(word.charAt(0)) && Character.isLetter(word.charAt(1))) {
      spans.add(new int[] {start, start + 1});
      addRepaired(text, start + 1, end, spans);
      return;
    }
    if (word.length() > 1 && isHyphen(word.charAt(word.length() - 1)) && Character.isLetter(word.charAt(word.length() - 2))
        && end < text.length() && Character.isLetter(text.charAt(end))) {
      spans.add(new int[] {start, end - 1});
      spans.add(new int[] {end - 1, end});
      return;
    }
    if (word.length() > 2 && isPossessive(word.substring(word.length() - 2))) {
      spans.add(new int[] {start, end - 2});
      spans.add(new int[] {end - 2, end});
      return;
    }
    spans.add(new int[] {start, end});
  }

  private static boolean isHyphen(char c) {
    return c == '-' || c == '‐';
  }

  private static boolean isPossessive(String word) {
    return word.equals("'s") || word.equals("’s") || word.equals("'S") || word.equals("’S");
  }
}
