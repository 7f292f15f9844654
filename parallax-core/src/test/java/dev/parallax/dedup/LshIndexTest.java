package dev.parallax.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LshIndexTest {
  private final Shingler shingler = new Shingler(5);
  private final MinHasher hasher = new MinHasher(12, 7);

  @Test
  void addAndQuery_returnsEarlierItemsSharingABand_only() {
    LshIndex index = new LshIndex(4, 3);
    long[] a = signature("the quick brown fox jumps over the lazy dog near the river bank today");
    long[] b = signature("the quick brown fox jumps over the lazy dog near the river bank today");
    long[] c = signature("completely different words about a comet seen from the kesh observatory");

    assertThat(index.addAndQuery("a", a)).isEmpty();
    assertThat(index.addAndQuery("c", c)).isEmpty();
    assertThat(index.addAndQuery("b", b)).containsExactly("a");
  }

  @Test
  void candidates_wrongSignatureLength_isRejected() {
    LshIndex index = new LshIndex(4, 3);

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> index.candidates(new long[5]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private long[] signature(String text) {
    return hasher.signature(shingler.shingles(Shingler.normalise(text)));
  }
}
