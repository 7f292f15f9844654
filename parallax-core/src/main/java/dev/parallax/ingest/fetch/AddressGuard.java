package dev.parallax.ingest.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Refuses hosts that resolve to addresses a news fetcher has no business reaching: loopback,
 * link-local, private (10/8, 172.16/12, 192.168/16, 100.64/10, fc00::/7), multicast and
 * unspecified. Without it, a URL in a feed could make Parallax probe the user's own network.
 *
 * <p>The host is resolved here, just before connecting; the HTTP client resolves it again when it
 * connects, and is answered from the JVM's positive address cache ({@code networkaddress.cache.ttl},
 * 30 s unless configured otherwise), so it gets the addresses checked here even when a rebinding
 * DNS server would now answer differently. With that cache disabled (a TTL of 0), the second
 * lookup goes to DNS again and a rebinding answer is not caught.
 */
public final class AddressGuard {
  private final boolean allowPrivate;
  /** Addresses let through even when private ones are not (tests: one loopback server). */
  private final Predicate<InetAddress> exempt;

  public AddressGuard(boolean allowPrivate) {
    this(allowPrivate, address -> false);
  }

  AddressGuard(boolean allowPrivate, Predicate<InetAddress> exempt) {
    this.allowPrivate = allowPrivate;
    this.exempt = exempt;
  }

  /** Resolves {@code host} and refuses it when any of its addresses is not public. */
  public void check(String host) throws FetchException {
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host);
    } catch (UnknownHostException e) {
      throw new FetchException("unknown host " + host);
    }
    if (allowPrivate) {
      return;
    }
    for (InetAddress address : addresses) {
      Optional<String> kind = exempt.test(address) ? Optional.empty() : nonPublicKind(address);
      if (kind.isPresent()) {
        String of = address.getHostAddress().equalsIgnoreCase(host) ? "" : " of " + host;
        throw new FetchException("refused address " + address.getHostAddress() + of + " ("
            + kind.get() + " address; private addresses are not allowed)");
      }
    }
  }

  /** What kind of non-public address {@code address} is, or empty when it is public. */
  static Optional<String> nonPublicKind(InetAddress address) {
    if (address.isAnyLocalAddress()) {
      return Optional.of("unspecified");
    }
    if (address.isLoopbackAddress()) {
      return Optional.of("loopback");
    }
    if (address.isLinkLocalAddress()) {
      return Optional.of("link-local");
    }
    if (address.isMulticastAddress()) {
      return Optional.of("multicast");
    }
    byte[] b = address.getAddress();
    if (address instanceof Inet4Address) {
      int first = b[0] & 0xFF;
      int second = b[1] & 0xFF;
      if (first == 10 || (first == 172 && second >= 16 && second <= 31) || (first == 192 && second == 168)) {
        return Optional.of("private");
      }
      if (first == 100 && second >= 64 && second <= 127) {
        return Optional.of("private"); // carrier-grade NAT, RFC 6598
      }
      if (first == 0) {
        return Optional.of("unspecified");
      }
    } else if (address instanceof Inet6Address) {
      if ((b[0] & 0xFE) == 0xFC || address.isSiteLocalAddress()) {
        return Optional.of("private");
      }
    }
    return Optional.empty();
  }
}
