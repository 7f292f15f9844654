package dev.parallax.eval.rouge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RougePorterStemmerTest {

    private final RougePorterStemmer rouge = new RougePorterStemmer();
    private final RougePorterStemmer singlePass = new RougePorterStemmer(false);

    @Test
    void stem_paperExamples_matchPorter1980() {
        assertThat(singlePass.stem("caresses")).isEqualTo("caress");
        assertThat(singlePass.stem("ponies")).isEqualTo("poni");
        assertThat(singlePass.stem("cats")).isEqualTo("cat");
        assertThat(singlePass.stem("agreed")).isEqualTo("agre");
        assertThat(singlePass.stem("plastered")).isEqualTo("plaster");
        assertThat(singlePass.stem("motoring")).isEqualTo("motor");
        assertThat(singlePass.stem("hopping")).isEqualTo("hop");
        assertThat(singlePass.stem("hoping")).isEqualTo("hope");
        assertThat(singlePass.stem("happy")).isEqualTo("happi");
        assertThat(singlePass.stem("relational")).isEqualTo("relat");
        assertThat(singlePass.stem("conditional")).isEqualTo("condit");
        assertThat(singlePass.stem("generalization")).isEqualTo("gener");
        assertThat(singlePass.stem("controlling")).isEqualTo("control");
    }

    @Test
    void stem_stackedSuffixes_rougeVariantStripsStepFourTwice() {
        assertThat(singlePass.stem("congressional")).isEqualTo("congression");
        assertThat(rouge.stem("congressional")).isEqualTo("congress");
        assertThat(singlePass.stem("governmental")).isEqualTo("government");
        assertThat(rouge.stem("governmental")).isEqualTo("govern");
        // a single suffix is unaffected by the repetition
        assertThat(rouge.stem("government")).isEqualTo("govern");
        assertThat(rouge.stem("relational")).isEqualTo("relat");
    }

    @Test
    void stem_shortWordsAndInitialY_keptAsConsonant() {
        assertThat(rouge.stem("at")).isEqualTo("at");
        assertThat(rouge.stem("yelling")).isEqualTo("yell");
        assertThat(rouge.stem("youth")).isEqualTo("youth");
    }

    @Test
    void stem_revisedStepTwoRules_bliAndLogi() {
        assertThat(rouge.stem("sensibility")).isEqualTo("sensibl");
        assertThat(rouge.stem("geology")).isEqualTo("geologi");
        assertThat(rouge.stem("archaeological")).isEqualTo("archaeolog");
    }
}
