package dev.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RepeatedRunsTest {
  @Test
  void measure_warmUpPassNotCounted_eachThreadGetsItsOwnIndex() {
    AtomicInteger passesRun = new AtomicInteger();
    Set<Integer> indexes = ConcurrentHashMap.newKeySet();

    RepeatedRuns.Measured measured = RepeatedRuns.measure(2, 0, index -> {
      indexes.add(index);
      return () -> {
        passesRun.incrementAndGet();
        return 3;
      };
    });

    // no minimum time: one warm-up and one measured pass per thread; only the measured ones count
    assertThat(passesRun.get()).isEqualTo(4);
    assertThat(measured.units()).isEqualTo(6);
    assertThat(measured.threads()).isEqualTo(2);
    assertThat(indexes).containsExactlyInAnyOrder(0, 1);
    assertThat(measured.seconds()).isGreaterThanOrEqualTo(0);
    assertThat(measured.cpuSeconds()).isGreaterThanOrEqualTo(0);
  }

  @Test
  void measure_failingWork_reportedWithItsCause() {
    assertThatThrownBy(() -> RepeatedRuns.measure(1, 0, index -> () -> {
      throw new IllegalArgumentException("bad page");
    })).isInstanceOf(IllegalStateException.class).hasRootCauseMessage("bad page");
  }
}
