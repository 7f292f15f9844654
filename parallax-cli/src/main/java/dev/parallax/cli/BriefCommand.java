package dev.parallax.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax brief PATH...}: briefs any files, folders or URLs of articles. */
@Command(
    name = "brief",
    mixinStandardHelpOptions = true,
    description = {
        "Reads articles, groups them into stories and writes one briefing per story.",
        "Inputs: .txt (scraped page text), .html/.htm pages, and .jsonl files with one article a line",
        "(fields: text or html; optional title, url, outlet, published). Folders are read recursively.",
        "http(s) URLs are fetched (robots.txt honoured, 1 request/second per host);",
        "a feed URL gives its entries (their links fetched with --follow-feed-links)."},
    footerHeading = "%nExample:%n",
    footer = "  parallax brief ~/scrapes/monday feeds.jsonl --out briefings --format md,html")
final class BriefCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders or http(s) URLs of articles.")
  List<String> inputs;

  @Mixin OutputOptions output;

  @Mixin FetchOptions fetch;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    return BriefRun.runInputs(inputs, fetch.reader(), output, spec.commandLine().getOut(), spec.commandLine().getErr());
  }
}
