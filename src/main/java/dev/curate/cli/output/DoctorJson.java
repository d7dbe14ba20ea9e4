package dev.curate.cli.output;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.curate.doctor.Budgets;
import dev.curate.doctor.CredentialSources;
import dev.curate.doctor.DoctorReport;
import dev.curate.doctor.EndpointCheck;
import dev.curate.github.RateLimits;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * {@code doctor --json}: {@code schemaVersion}, {@code exitCode}, {@code config}, {@code
 * workspace}, {@code credentials} (each the name of the variable it comes from, or null; never a
 * value), {@code endpoints}, {@code budgets} and {@code findings}. One line.
 */
public final class DoctorJson {
  private final JsonOutput json = new JsonOutput();

  public void write(DoctorReport report, Writer out) throws IOException {
    json.write(doc(report), out);
  }

  private static Doc doc(DoctorReport r) {
    CredentialSources c = r.credentials();
    return new Doc(
        r.exitCode().code(),
        new ConfigDoc(
            r.config().defaults(),
            r.config().userFile().toString(),
            r.config().userFilePresent(),
            r.config().problem().orElse(null)),
        new WorkspaceDoc(
            r.workspace().path().toString(),
            r.workspace().exists(),
            r.workspace().writable(),
            r.workspace().months()),
        new CredentialsDoc(
            c.github().orElse(null),
            c.redditClientId().orElse(null),
            c.redditClientSecret().orElse(null),
            c.redditUserAgent().orElse(null),
            c.clickhouseUser().orElse(null),
            c.clickhousePassword().orElse(null)),
        r.endpoints().stream().map(DoctorJson::endpoint).toList(),
        budgets(r.budgets()),
        r.findings().stream().map(f -> new FindingDoc(f.level().word(), f.message())).toList());
  }

  private static EndpointDoc endpoint(EndpointCheck e) {
    return new EndpointDoc(
        e.endpoint().key(),
        e.url(),
        e.needed(),
        e.reachable(),
        e.notNeeded().orElse(null),
        e.failure().orElse(null));
  }

  private static BudgetsDoc budgets(Budgets b) {
    return new BudgetsDoc(
        b.github().map(g -> new GitHubDoc(bucket(g.core()), bucket(g.search()))).orElse(null),
        b.redditToken().slug(),
        b.clickhouse()
            .map(f -> new ClickHouseDoc(f.table(), ShortlistJson.instant(f.lastEventAt())))
            .orElse(null));
  }

  private static BucketDoc bucket(RateLimits.Bucket b) {
    return new BucketDoc(b.remaining(), b.limit(), ShortlistJson.instant(b.resetAt()));
  }

  @JsonPropertyOrder({
    "exitCode",
    "config",
    "workspace",
    "credentials",
    "endpoints",
    "budgets",
    "findings"
  })
  record Doc(
      int exitCode,
      ConfigDoc config,
      WorkspaceDoc workspace,
      CredentialsDoc credentials,
      List<EndpointDoc> endpoints,
      BudgetsDoc budgets,
      List<FindingDoc> findings) {}

  @JsonPropertyOrder({"defaults", "userFile", "userFilePresent", "problem"})
  record ConfigDoc(String defaults, String userFile, boolean userFilePresent, String problem) {}

  @JsonPropertyOrder({"path", "exists", "writable", "months"})
  record WorkspaceDoc(String path, boolean exists, boolean writable, int months) {}

  @JsonPropertyOrder({
    "github",
    "redditClientId",
    "redditClientSecret",
    "redditUserAgent",
    "clickhouseUser",
    "clickhousePassword"
  })
  record CredentialsDoc(
      String github,
      String redditClientId,
      String redditClientSecret,
      String redditUserAgent,
      String clickhouseUser,
      String clickhousePassword) {}

  @JsonPropertyOrder({"name", "url", "needed", "reachable", "notNeededBecause", "error"})
  record EndpointDoc(
      String name,
      String url,
      boolean needed,
      boolean reachable,
      String notNeededBecause,
      String error) {}

  @JsonPropertyOrder({"github", "redditToken", "clickhouse"})
  record BudgetsDoc(GitHubDoc github, String redditToken, ClickHouseDoc clickhouse) {}

  @JsonPropertyOrder({"core", "search"})
  record GitHubDoc(BucketDoc core, BucketDoc search) {}

  @JsonPropertyOrder({"remaining", "limit", "resetAt"})
  record BucketDoc(int remaining, int limit, String resetAt) {}

  @JsonPropertyOrder({"table", "lastEventAt"})
  record ClickHouseDoc(String table, String lastEventAt) {}

  @JsonPropertyOrder({"level", "message"})
  record FindingDoc(String level, String message) {}
}
