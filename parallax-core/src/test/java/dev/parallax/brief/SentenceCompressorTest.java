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
  void compress_trailingAttribution_dropped() {
    assertThat(compress("The bridge will stay closed for at least six weeks, officials said."))
        .isEqualTo("The bridge will stay closed for at least six weeks.");
    assertThat(compress("About 40,000 vehicles crossed the bridge every day, the transport ministry said on Friday."))
        .isEqualTo("About 40,000 vehicles crossed the bridge every day.");
    assertThat(compress("Repairs could cost more than the council had planned, according to the harbour board."))
        .isEqualTo("Repairs could cost more than the council had planned.");
  }

  @Test
  void compress_shortParenthetical_droppedButFiguresKept() {
    assertThat(compress("The Talmore Bridge Authority (TBA) ordered a full inspection of the span."))
        .isEqualTo("The Talmore Bridge Authority ordered a full inspection of the span.");
    assertThat(compress("The span is 1,200 metres (3,900 feet) long and carries four lanes."))
        .isEqualTo("The span is 1,200 metres (3,900 feet) long and carries four lanes.");
  }

  @Test
  void compress_quoteWithItsSpeaker_keptWhole() {
    String quote = "\"We will reopen the bridge only when it is safe,\" Mayor Okafor-Lind said.";
    assertThat(compress(quote)).isEqualTo(quote);
  }

  @Test
  void compress_wouldLeaveTooLittle_unchanged() {
    assertThat(compress("But it fell, he said.")).isEqualTo("But it fell, he said.");
  }

  @Test
  void compress_everyCompression_passesTheGroundingProof() {
    for (String s : new String[] {
        "But the council voted to keep the Talmore ferry running until the spring.",
        "About 40,000 vehicles crossed the bridge every day, the transport ministry said on Friday.",
        "Meanwhile, the Talmore Bridge Authority (TBA) ordered a full inspection, police said."}) {
      assertThat(CompressedText.problem(compress(s), s)).as(s).isEmpty();
    }
  }
}
