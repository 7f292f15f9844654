package dev.parallax.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HostRateLimiterTest {
  private long now = 1_000_000_000L;
  private final List<Long> sleeps = new ArrayList<>();
  private final HostRateLimiter.Sleeper sleeper = nanos -> {
    sleeps.add(nanos);
    now += nanos;
  };

  @Test
  void acquire_sameHostTwice_waitsOneInterval() throws Exception {
    HostRateLimiter limiter = new HostRateLimiter(2.0, () -> now, sleeper);
    limiter.acquire("news.example");
    limiter.acquire("news.example");
    limiter.acquire("NEWS.example");
    assertThat(sleeps).containsExactly(500_000_000L, 500_000_000L);
  }

  @Test
  void acquire_differentHosts_doNotWaitForEachOther() throws Exception {
    HostRateLimiter limiter = new HostRateLimiter(1.0, () -> now, sleeper);
    limiter.acquire("a.example");
    limiter.acquire("b.example");
    assertThat(sleeps).isEmpty();
  }

  @Test
  void acquire_afterTheIntervalPassed_doesNotWait() throws Exception {
    HostRateLimiter limiter = new HostRateLimiter(1.0, () -> now, sleeper);
    limiter.acquire("a.example");
    now += 1_500_000_000L;
    limiter.acquire("a.example");
    now += 200_000_000L;
    limiter.acquire("a.example");
    assertThat(sleeps).containsExactly(800_000_000L);
  }
}
