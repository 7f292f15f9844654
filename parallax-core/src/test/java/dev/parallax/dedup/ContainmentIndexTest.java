package dev.parallax.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ContainmentIndexTest {
  private static final Shingler SHINGLER = new Shingler(5);

  private static long[] shingles(String text) {
    return SHINGLER.shingles(Shingler.normalise(text));
  }

  @Test
  void addAndQuery_proposesABodyContainedInAnEarlierOne_andTheReverse() {
    ContainmentIndex index = new ContainmentIndex(8, 0.8);
    assertThat(index.addAndQuery("feature", shingles(CopyDetectorTest.FEATURE))).isEmpty();

    assertThat(index.addAndQuery("brief", shingles(CopyDetectorTest.BRIEF))).containsExactly("feature");

    ContainmentIndex reversed = new ContainmentIndex(8, 0.8);
    reversed.addAndQuery("brief", shingles(CopyDetectorTest.BRIEF));
    assertThat(reversed.addAndQuery("feature", shingles(CopyDetectorTest.FEATURE))).containsExactly("brief");
  }

  @Test
  void addAndQuery_doesNotProposeBodiesSharingOnlyAQuote() {
    String quote = " \"We will not reopen the lane until divers have seen the hull,\" the harbour master said.";
    ContainmentIndex index = new ContainmentIndex(8, 0.8);
    index.addAndQuery("brief", shingles(CopyDetectorTest.BRIEF + quote));

    assertThat(index.addAndQuery("rewrite", shingles(CopyDetectorTest.REWRITE + quote))).isEmpty();
  }

  @Test
  void new_sampleRateMustBeAPowerOfTwo() {
    assertThatThrownBy(() -> new ContainmentIndex(3, 0.8)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("power of two");
  }
}
