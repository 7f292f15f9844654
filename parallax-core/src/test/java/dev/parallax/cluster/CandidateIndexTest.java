package dev.parallax.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateIndexTest {
  @Test
  void bestCandidates_keepsTheStoriesSharingMostKeys_inCreationOrder() {
    CandidateIndex index = new CandidateIndex();
    index.put(0, List.of("t:flood", "t:river"));
    index.put(1, List.of("t:flood", "t:river", "e:dunmere"));
    index.put(2, List.of("t:flood"));
    index.put(3, List.of("t:merger"));

    assertThat(index.bestCandidates(List.of("t:flood", "t:river", "e:dunmere"), 2)).containsExactly(0, 1);
    assertThat(index.bestCandidates(List.of("t:flood"), 10)).containsExactly(0, 1, 2);
  }

  @Test
  void bestCandidates_onATie_prefersTheNewerStory() {
    CandidateIndex index = new CandidateIndex();
    index.put(0, List.of("t:flood"));
    index.put(1, List.of("t:flood"));

    assertThat(index.bestCandidates(List.of("t:flood"), 1)).containsExactly(1);
  }

  @Test
  void bestCandidates_withAPerKeyCap_countsOnlyTheNewestStoriesOfEachKey() {
    CandidateIndex index = new CandidateIndex();
    index.put(0, List.of("e:dunmere", "t:flood"));
    index.put(1, List.of("e:dunmere"));
    index.put(2, List.of("e:dunmere"));
    index.put(3, List.of("t:flood"));
    index.put(4, List.of("t:flood"));

    // story 0 shares both keys but is the oldest holder of each: with two per key it is not seen
    assertThat(index.bestCandidates(List.of("e:dunmere", "t:flood"), 10, 2)).containsExactly(1, 2, 3, 4);
    assertThat(index.bestCandidates(List.of("e:dunmere", "t:flood"), 1, 3)).containsExactly(0);
  }

  @Test
  void put_replacesAStorysKeys() {
    CandidateIndex index = new CandidateIndex();
    index.put(0, List.of("t:flood"));
    index.put(0, List.of("t:storm"));

    assertThat(index.bestCandidates(List.of("t:flood"), 5)).isEmpty();
    assertThat(index.bestCandidates(List.of("t:storm"), 5)).containsExactly(0);
  }
}
