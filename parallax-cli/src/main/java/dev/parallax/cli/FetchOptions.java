package dev.parallax.cli;

import dev.parallax.ingest.IngestLimits;
import dev.parallax.ingest.InputReader;
import dev.parallax.ingest.fetch.FetchPolicy;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Options for inputs given as http(s) URLs, shared by the commands that read inputs. */
final class FetchOptions {
  @Option(names = "--allow-private-addresses",
      description = "Let URLs reach loopback, private and link-local addresses (refused by default).")
  boolean allowPrivateAddresses;

  @Option(names = "--rate", paramLabel = "N", defaultValue = "1",
      description = "Requests per second to one host (default: ${DEFAULT-VALUE}).")
  double rate;

  @Option(names = "--follow-feed-links",
      description = "For a feed URL, fetch the page each entry links to instead of using the entry's summary.")
  boolean followFeedLinks;

  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  /** A reader for files and URLs under these options. */
  InputReader reader() {
    if (!(rate > 0) || Double.isInfinite(rate)) {
      throw new ParameterException(spec.commandLine(), "--rate must be a positive number of requests per second: " + rate);
    }
    FetchPolicy policy = FetchPolicy.DEFAULT.withAllowPrivateAddresses(allowPrivateAddresses).withRequestsPerSecond(rate);
    InputReader reader = new InputReader(IngestLimits.DEFAULT, policy);
    return followFeedLinks ? reader.followingFeedLinks() : reader;
  }
}
