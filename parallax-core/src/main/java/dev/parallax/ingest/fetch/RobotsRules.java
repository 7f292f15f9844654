package dev.parallax.ingest.fetch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules of one robots.txt (RFC 9309) that apply to Parallax: the group naming a user agent
 * that Parallax's product token contains, else the {@code *} group. The longest matching
 * {@code Allow}/{@code Disallow} path wins, {@code Allow} on a tie; {@code *} and a final {@code $}
 * work as in the RFC. No matching rule means allowed.
 */
public final class RobotsRules {
  /** Everything allowed: the rules when there is no robots.txt. */
  public static final RobotsRules ALLOW_ALL = new RobotsRules(List.of(), "");
  /** Everything disallowed. */
  public static final RobotsRules DISALLOW_ALL = unreachable("");

  private record Rule(boolean allow, String path, Pattern pattern) {}

  private final List<Rule> rules;
  private final String note;

  private RobotsRules(List<Rule> rules, String note) {
    this.rules = List.copyOf(rules);
    this.note = note;
  }

  /**
   * Everything disallowed because robots.txt could not be read (RFC 9309, 2.3.1.4), with why
   * (e.g. {@code "HTTP status 503"}) for the failure line.
   */
  public static RobotsRules unreachable(String why) {
    return new RobotsRules(List.of(new Rule(false, "/", Pattern.compile("/.*", Pattern.DOTALL))),
        why.isEmpty() ? "" : "robots.txt unreachable: " + why);
  }

  /** Why these rules are what they are, when they are not the file's own; else "". */
  public String note() {
    return note;
  }

  /** The rules of {@code robotsTxt} for a crawler called {@code productToken} (e.g. "parallax"). */
  public static RobotsRules parse(String robotsTxt, String productToken) {
    String token = productToken.toLowerCase(Locale.ROOT);
    List<Rule> own = new ArrayList<>();
    List<Rule> star = new ArrayList<>();
    boolean ownFound = false;
    List<String> agents = new ArrayList<>();
    boolean inRules = false;
    List<Rule> group = new ArrayList<>();
    List<List<Rule>> groups = new ArrayList<>();
    List<List<String>> groupAgents = new ArrayList<>();
    for (String rawLine : robotsTxt.split("\\R")) {
      int hash = rawLine.indexOf('#');
      String line = (hash >= 0 ? rawLine.substring(0, hash) : rawLine).strip();
      int colon = line.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      String field = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).strip();
      if (field.equals("user-agent")) {
        if (inRules) { // a user-agent line after rules starts a new group
          groups.add(group);
          groupAgents.add(agents);
          group = new ArrayList<>();
          agents = new ArrayList<>();
          inRules = false;
        }
        agents.add(value.toLowerCase(Locale.ROOT));
      } else if (field.equals("allow") || field.equals("disallow")) {
        inRules = true;
        if (!value.isEmpty()) { // an empty Disallow allows everything
          group.add(new Rule(field.equals("allow"), value, toPattern(value)));
        }
      }
    }
    groups.add(group);
    groupAgents.add(agents);
    for (int i = 0; i < groups.size(); i++) {
      for (String agent : groupAgents.get(i)) {
        if (agent.equals("*")) {
          star.addAll(groups.get(i));
        } else if (!agent.isEmpty() && token.contains(agent)) {
          own.addAll(groups.get(i));
          ownFound = true;
        }
      }
    }
    return new RobotsRules(ownFound ? own : star, "");
  }

  private static Pattern toPattern(String path) {
    boolean anchored = path.endsWith("$");
    String body = anchored ? path.substring(0, path.length() - 1) : path;
    StringBuilder regex = new StringBuilder();
    for (String piece : body.split("\\*", -1)) {
      if (regex.length() > 0) {
        regex.append(".*");
      }
      regex.append(Pattern.quote(piece));
    }
    if (!anchored) {
      regex.append(".*");
    }
    return Pattern.compile(regex.toString(), Pattern.DOTALL);
  }

  /** Whether {@code pathAndQuery} (e.g. {@code /news/1?x=2}) may be fetched. */
  public boolean allows(String pathAndQuery) {
    String path = pathAndQuery.isEmpty() ? "/" : pathAndQuery;
    Rule best = null;
    for (Rule rule : rules) {
      if (rule.pattern().matcher(path).matches()) {
        if (best == null || rule.path().length() > best.path().length()
            || (rule.path().length() == best.path().length() && rule.allow())) {
          best = rule;
        }
      }
    }
    return best == null || best.allow();
  }
}
