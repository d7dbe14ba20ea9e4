package dev.curate.cli.output;

import dev.curate.doctor.Budgets;
import dev.curate.doctor.CredentialSources;
import dev.curate.doctor.DoctorReport;
import dev.curate.doctor.Endpoint;
import dev.curate.doctor.EndpointCheck;
import dev.curate.doctor.Finding;
import dev.curate.error.ExitCode;
import dev.curate.github.RateLimits;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * {@code doctor} for a person: one line per thing checked (label, then what was found), then each
 * problem and warning on a line of its own with what to do, then the verdict.
 */
public final class DoctorText {
  private static final int LABEL = 16;
  private static final DateTimeFormatter AT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter SHORT =
      DateTimeFormatter.ofPattern("HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final UnaryOperator<String> clean;

  /**
   * @param clean makes a line safe to print (control characters escaped, secrets out)
   */
  public DoctorText(UnaryOperator<String> clean) {
    this.clean = clean;
  }

  public void write(DoctorReport r, PrintWriter out) {
    List<String[]> rows = new ArrayList<>();
    rows.add(row("config", config(r)));
    rows.add(row("workspace", workspace(r)));
    CredentialSources c = r.credentials();
    rows.add(row("GitHub token", c.github().orElse("none (GH_TOKEN, GITHUB_TOKEN not set)")));
    rows.add(row("Reddit app", reddit(c)));
    rows.add(row("ClickHouse login", clickHouseAccount(c)));
    for (EndpointCheck e : r.endpoints()) {
      rows.add(row(e.endpoint().label(), endpoint(e, r.budgets())));
    }
    for (String[] line : rows) {
      out.println(clean.apply(String.format(Locale.ROOT, "%-" + LABEL + "s %s", line[0], line[1])));
    }
    if (!r.findings().isEmpty()) {
      out.println();
    }
    for (Finding f : r.findings()) {
      out.println(clean.apply(f.level().word() + ": " + f.message()));
    }
    out.println();
    out.println(verdict(r));
    out.flush();
  }

  private static String[] row(String label, String text) {
    return new String[] {label, text};
  }

  private static String config(DoctorReport r) {
    String user =
        r.config().userFile()
            + (r.config().userFilePresent() ? "" : " (none there: defaults only)");
    return "defaults " + r.config().defaults() + " (built in), your file " + user;
  }

  private static String workspace(DoctorReport r) {
    var w = r.workspace();
    if (!w.exists()) {
      return w.path()
          + (w.writable()
              ? " (not there yet: the first fetch creates it)"
              : " (cannot be created)");
    }
    int months = w.months();
    return w.path()
        + (w.writable() ? ", writable, " : ", NOT writable, ")
        + months
        + (months == 1 ? " month fetched" : " months fetched");
  }

  private static String reddit(CredentialSources c) {
    String app;
    if (c.redditOAuth()) {
      app = c.redditClientId().get() + " + " + c.redditClientSecret().get() + " (OAuth)";
    } else {
      app =
          c.redditClientId()
              .or(c::redditClientSecret)
              .map(v -> "only " + v + " (set both, or neither)")
              .orElse("none (public listings; REDDIT_CLIENT_ID, REDDIT_CLIENT_SECRET not set)");
    }
    return app
        + ", user agent "
        + c.redditUserAgent()
            .map(v -> "from " + v)
            .orElse("curate's default (REDDIT_USER_AGENT not set)");
  }

  private static String clickHouseAccount(CredentialSources c) {
    return c.clickhouseUser()
            .map(u -> "user from " + u)
            .orElse("user play (CLICKHOUSE_USER not set)")
        + ", password "
        + c.clickhousePassword().map(p -> "from " + p).orElse("none (CLICKHOUSE_PASSWORD not set)");
  }

  private static String endpoint(EndpointCheck e, Budgets b) {
    StringBuilder line = new StringBuilder(e.url()).append("  ");
    line.append(e.reachable() ? "reachable" : "unreachable");
    if (e.failure().isPresent() && e.reachable()) {
      line.append(", but refused or failed (below)");
    }
    if (e.endpoint() == Endpoint.GITHUB) {
      b.github()
          .ifPresent(
              g ->
                  line.append("; core ")
                      .append(bucket(g.core()))
                      .append(", search ")
                      .append(bucket(g.search())));
    }
    if (e.endpoint() == Endpoint.REDDIT && b.redditToken() != Budgets.RedditToken.NOT_ASKED) {
      line.append("; app-only token: ").append(b.redditToken().slug());
    }
    if (e.endpoint() == Endpoint.CLICKHOUSE) {
      b.clickhouse()
          .ifPresent(
              f ->
                  line.append("; ")
                      .append(f.table())
                      .append(" last star event ")
                      .append(AT.format(f.lastEventAt())));
    }
    e.notNeeded().ifPresent(why -> line.append(" (not needed: ").append(why).append(")"));
    return line.toString();
  }

  private static String bucket(RateLimits.Bucket b) {
    return String.format(
        Locale.ROOT, "%,d/%,d left until %s", b.remaining(), b.limit(), SHORT.format(b.resetAt()));
  }

  private static String verdict(DoctorReport r) {
    long problems = r.findings().stream().filter(f -> f.level() == Finding.Level.PROBLEM).count();
    long warnings = r.findings().size() - problems;
    ExitCode exit = r.exitCode();
    if (exit == ExitCode.OK) {
      return warnings == 0
          ? "A fetch would work."
          : "A fetch would work (" + warnings + (warnings == 1 ? " warning" : " warnings") + ").";
    }
    return "A fetch would not work: "
        + problems
        + (problems == 1 ? " problem" : " problems")
        + " to fix (exit "
        + exit.code()
        + ").";
  }
}
