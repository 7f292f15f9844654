package dev.parallax.ingest.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * How politely and how defensively URLs are fetched.
 *
 * @param connectTimeout        the longest wait to open a connection
 * @param readTimeout           the longest wait for the server's response headers
 * @param maxBytes              the largest body accepted, counted after decompression
 * @param maxRedirects          how many redirects are followed before giving up
 * @param userAgent             the User-Agent sent with every request
 * @param requestsPerSecond     the most requests sent to one host per second
 * @param allowPrivateAddresses whether loopback, link-local, private, multicast and unspecified
 *                              addresses may be fetched (off by default: a URL must not reach the
 *                              user's own network unless they say so)
 */
public record FetchPolicy(
    Duration connectTimeout,
    Duration readTimeout,
    long maxBytes,
    int maxRedirects,
    String userAgent,
    double requestsPerSecond,
    boolean allowPrivateAddresses) {

  /** The User-Agent Parallax announces itself with. */
  public static final String USER_AGENT =
      "Parallax/0.1 (+https://github.com/parallax-news; news briefing bot)";

  /** 10 s to connect, 30 s for headers, 20 MB, 5 redirects, 1 request/second per host, public addresses only. */
  public static final FetchPolicy DEFAULT = new FetchPolicy(
      Duration.ofSeconds(10), Duration.ofSeconds(30), 20L * 1024 * 1024, 5, USER_AGENT, 1.0, false);

  public FetchPolicy {
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(readTimeout, "readTimeout");
    Objects.requireNonNull(userAgent, "userAgent");
    if (connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative() || readTimeout.isZero()) {
      throw new IllegalArgumentException("timeouts must be positive");
    }
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    if (maxRedirects < 0) {
      throw new IllegalArgumentException("maxRedirects must not be negative: " + maxRedirects);
    }
    if (!(requestsPerSecond > 0) || Double.isInfinite(requestsPerSecond)) {
      throw new IllegalArgumentException("requestsPerSecond must be positive: " + requestsPerSecond);
    }
  }

  /** This policy, letting private addresses through or not. */
  public FetchPolicy withAllowPrivateAddresses(boolean allow) {
    return new FetchPolicy(connectTimeout, readTimeout, maxBytes, maxRedirects, userAgent, requestsPerSecond, allow);
  }

  /** This policy with another per-host request rate. */
  public FetchPolicy withRequestsPerSecond(double perSecond) {
    return new FetchPolicy(connectTimeout, readTimeout, maxBytes, maxRedirects, userAgent, perSecond, allowPrivateAddresses);
  }

  /** This policy with another read timeout. */
  public FetchPolicy withReadTimeout(Duration timeout) {
    return new FetchPolicy(connectTimeout, timeout, maxBytes, maxRedirects, userAgent, requestsPerSecond, allowPrivateAddresses);
  }

  /** This policy with another body size cap. */
  public FetchPolicy withMaxBytes(long bytes) {
    return new FetchPolicy(connectTimeout, readTimeout, bytes, maxRedirects, userAgent, requestsPerSecond, allowPrivateAddresses);
  }
}
