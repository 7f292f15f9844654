package dev.parallax.ingest.fetch;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Spaces requests to the same host at least {@code 1/requestsPerSecond} apart, so that a list of
 * URLs from one outlet does not hammer its server. Hosts are independent. Thread-safe; the clock
 * and the sleep are injectable so that tests need no real waiting.
 */
public final class HostRateLimiter {
  /** Waits the given number of nanoseconds. */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(long nanos) throws InterruptedException;
  }

  private final long intervalNanos;
  private final LongSupplier clock;
  private final Sleeper sleeper;
  private final Map<String, Long> nextAllowed = new HashMap<>();

  /** A limiter on the system's monotonic clock. */
  public HostRateLimiter(double requestsPerSecond) {
    this(requestsPerSecond, System::nanoTime, nanos -> Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000)));
  }

  public HostRateLimiter(double requestsPerSecond, LongSupplier nanoClock, Sleeper sleeper) {
    if (!(requestsPerSecond > 0)) {
      throw new IllegalArgumentException("requestsPerSecond must be positive: " + requestsPerSecond);
    }
    this.intervalNanos = (long) (1_000_000_000L / requestsPerSecond);
    this.clock = nanoClock;
    this.sleeper = sleeper;
  }

  /** Blocks until a request to {@code host} is allowed, and books that slot. */
  public void acquire(String host) throws InterruptedException {
    long wait;
    synchronized (this) {
      String key = host.toLowerCase(Locale.ROOT);
      long now = clock.getAsLong();
      Long booked = nextAllowed.get(key);
      long slot = booked == null || booked - now < 0 ? now : booked;
      nextAllowed.put(key, slot + intervalNanos);
      wait = slot - now;
    }
    if (wait > 0) {
      sleeper.sleep(wait);
    }
  }
}
