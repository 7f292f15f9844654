package dev.parallax.eval.rouge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class RougeTokenizerTest {

    private static final RougeOptions NO_LIMIT = RougeOptions.duc2004Words().withLimits(0, 0);
    private static final RougeResources TINY = new RougeResources(Set.of("the", "of"),
            Map.of("mice", "mouse", "geese", "goose", "ran", "run"), Optional.empty());

    @Test
    void tokens_punctuationHyphensApostrophes_becomeSeparators() {
        RougeTokenizer tokenizer = new RougeTokenizer(NO_LIMIT.withStemming(false), RougeResources.none());

        assertThat(tokenizer.tokens("Mayor Ortiz's two-day U.N. visit, ``finally''!"))
                .containsExactly("mayor", "ortiz", "s", "two", "day", "u", "n", "visit", "finally");
    }

    @Test
    void tokens_digitsKept_symbolsDropped() {
        RougeTokenizer tokenizer = new RougeTokenizer(NO_LIMIT.withStemming(false), RougeResources.none());

        assertThat(tokenizer.tokens("Costs rose 3.5% to $1,200 -- a record _ in 1998"))
                .containsExactly("costs", "rose", "3", "5", "to", "1", "200", "a", "record", "in", "1998");
    }

    @Test
    void tokens_nonAsciiLetters_separateWordsLikePerlBytes() {
        RougeTokenizer tokenizer = new RougeTokenizer(NO_LIMIT.withStemming(false), RougeResources.none());

        assertThat(tokenizer.tokens("Caf\u00e9 \u0130zmir na\u00efve")).containsExactly("caf", "zmir", "na", "ve");
    }

    @Test
    void tokens_exceptionList_usedBeforePorterAndNotRestemmed() {
        RougeTokenizer tokenizer = new RougeTokenizer(NO_LIMIT, TINY);

        // "mice" -> "mouse" (Porter alone would give "mous" for "mouse"); "ran" is too short to stem at all
        assertThat(tokenizer.tokens("Mice ran running geese")).containsExactly("mouse", "ran", "run", "goose");
    }

    @Test
    void tokens_wordsOfThreeLettersOrFewer_notStemmed() {
        RougeTokenizer tokenizer = new RougeTokenizer(NO_LIMIT, RougeResources.none());

        assertThat(tokenizer.tokens("bus buses was")).containsExactly("bus", "buse", "was");
    }

    @Test
    void tokens_stopwordRemoval_onlyWhenAsked() {
        RougeTokenizer keep = new RougeTokenizer(NO_LIMIT.withStemming(false), TINY);
        RougeTokenizer drop = new RougeTokenizer(NO_LIMIT.withStemming(false).withStopwordRemoval(true), TINY);

        assertThat(keep.tokens("the mayor of the town")).containsExactly("the", "mayor", "of", "the", "town");
        assertThat(drop.tokens("the mayor of the town")).containsExactly("mayor", "town");
    }

    @Test
    void truncate_wordLimit_countsRawWhitespaceChunksAcrossLines() {
        RougeTokenizer tokenizer = new RougeTokenizer(NO_LIMIT.withLimits(5, 0).withStemming(false),
                RougeResources.none());
        List<String> lines = List.of("  One two three. ", "", "`` Four five six seven");

        // the quote mark counts as a word, so only "four" of the second line survives
        assertThat(tokenizer.truncate(lines)).containsExactly("one two three.", "`` four");
        assertThat(tokenizer.tokenize(lines).tokens()).containsExactly("one", "two", "three", "four");
        assertThat(tokenizer.tokenize(lines).sentences()).hasSize(2);
    }

    @Test
    void truncate_byteLimit_cutsInsideAWordAfterCountingOneSeparatorPerLine() {
        RougeTokenizer tokenizer = new RougeTokenizer(NO_LIMIT.withLimits(0, 10).withStemming(false),
                RougeResources.none());

        assertThat(tokenizer.truncate(List.of("abcdef", "ghijklmno", "pqr"))).containsExactly("abcdef", "ghi");
    }

    @Test
    void tokens_rougeScoreConvention_ignoresExceptionListAndStripsStepFourOnce() {
        RougeTokenizer tokenizer = new RougeTokenizer(RougeOptions.rougeScore(), TINY);

        assertThat(tokenizer.tokens("Mice, congressional-level hearings"))
                .containsExactly("mice", "congression", "level", "hear");
    }

    @Test
    void tokenize_rougeScoreConvention_doesNotTruncate() {
        RougeTokenizer tokenizer = new RougeTokenizer(RougeOptions.rougeScore(), RougeResources.none());
        String longLine = "word ".repeat(300);

        assertThat(tokenizer.tokenize(List.of(longLine)).size()).isEqualTo(300);
    }
}
