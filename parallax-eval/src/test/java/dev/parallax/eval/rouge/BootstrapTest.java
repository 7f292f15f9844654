package dev.parallax.eval.rouge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class BootstrapTest {

    private static final double[] SCORES = {0.31, 0.42, 0.28, 0.39, 0.45, 0.33, 0.36, 0.29, 0.41, 0.38};

    @Test
    void intervals_sameSeed_identicalIntervals() {
        List<ConfidenceInterval> first = new Bootstrap(0.95, 1000, 7L).intervals(List.of(SCORES));
        List<ConfidenceInterval> second = new Bootstrap(0.95, 1000, 7L).intervals(List.of(SCORES));

        assertThat(first).isEqualTo(second);
    }

    @Test
    void intervals_containTheMeanAndStayWithinTheData() {
        ConfidenceInterval ci = new Bootstrap(0.95, 1000, 7L).intervals(List.of(SCORES)).get(0);
        double mean = java.util.Arrays.stream(SCORES).average().orElseThrow();

        assertThat(ci.low()).isLessThan(mean).isGreaterThanOrEqualTo(0.28);
        assertThat(ci.high()).isGreaterThan(mean).isLessThanOrEqualTo(0.45);
    }

    @Test
    void intervals_constantSeries_degenerate() {
        ConfidenceInterval ci = new Bootstrap(0.95, 200, 1L).intervals(List.of(new double[] {0.3, 0.3, 0.3})).get(0);

        assertThat(ci.low()).isEqualTo(0.3);
        assertThat(ci.high()).isEqualTo(0.3);
    }

    @Test
    void intervals_noResamples_meanOnly() {
        ConfidenceInterval ci = new Bootstrap(0.95, 0, 1L).intervals(List.of(new double[] {0.2, 0.4})).get(0);

        assertThat(ci.low()).isCloseTo(0.3, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(ci.high()).isCloseTo(0.3, org.assertj.core.api.Assertions.within(1e-12));
    }
}
