package dev.parallax.ingest.fetch;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A response body whose every read must make progress within the idle timeout: a server that
 * sends headers and then trickles or stalls would otherwise hold the fetch forever. The stream is
 * closed from the watchdog thread when a read waits too long, which ends the blocked read.
 */
final class IdleTimeoutInputStream extends FilterInputStream {
  private final ScheduledExecutorService watchdog;
  private final long idleNanos;
  private volatile boolean timedOut;

  IdleTimeoutInputStream(InputStream in, ScheduledExecutorService watchdog, long idleNanos) {
    super(in);
    this.watchdog = watchdog;
    this.idleNanos = idleNanos;
  }

  /** Whether the stream was closed because a read waited longer than the idle timeout. */
  boolean timedOut() {
    return timedOut;
  }

  @Override
  public int read() throws IOException {
    ScheduledFuture<?> alarm = arm();
    try {
      return super.read();
    } finally {
      alarm.cancel(false);
    }
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    ScheduledFuture<?> alarm = arm();
    try {
      return super.read(b, off, len);
    } finally {
      alarm.cancel(false);
    }
  }

  private ScheduledFuture<?> arm() {
    return watchdog.schedule(() -> {
      timedOut = true;
      try {
        in.close();
      } catch (IOException ignored) {
        // the blocked read reports the failure
      }
    }, idleNanos, TimeUnit.NANOSECONDS);
  }
}
