package dev.parallax.brief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.Sentence;
import org.junit.jupiter.api.Test;

class SentenceCompressorTest {
  private static String compress(String text) {
    return SentenceCompressor.compress(new Sentence(0, 0, text.length(), text));
  }

  @Test
  void compress_leadingConnective_droppedAndCapitalised() {
    assertThat(compress("But the council voted to keep the Talmore ferry running until the spring."))
        .isEqualTo("The council voted to keep the Talmore ferry running until the spring.");
    assertThat(compress("However, engineers found new cracks in the main span on Friday morning."))
        .isEqualTo("Engineers found new cracks in the main span on Friday morning.");
  }

  @Test
  void compress_connectiveInsideOrWithoutItsComma_kept() {
    String[] kept = {
        "The council voted to keep the ferry running, but the harbour board disagreed.",
        "However hard the crews worked, the bridge stayed closed until the spring.",
        "But \"every weld\" will be checked before the Talmore bridge reopens to traffic."};
    for (String s : kept) {
      assertThat(compress(s)).as(s).isEqualTo(s);
    }
  }

  @Test
  void compress_wouldLeaveTooLittle_unchanged() {
    assertThat(compress("But it fell apart.")).isEqualTo("But it fell apart.");
  }

  @Test
  void compress_everyCompression_passesTheGroundingProof() {
    for (String s : new String[] {
        "But the council voted to keep the Talmore ferry running until the spring.",
        "Meanwhile, the Talmore Bridge Authority ordered a full inspection of 40 bridges."}) {
      assertThat(CompressedText.problem(compress(s), s)).as(s).isEmpty();
    }
  }
}
