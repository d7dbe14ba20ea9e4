package dev.curate.doctor;

import dev.curate.config.ConfigLoader;
import dev.curate.config.CurateConfig;
import dev.curate.config.GitHubCredentials;
import dev.curate.error.CurateException;
import dev.curate.error.ExitCode;
import dev.curate.events.ClickHouseEvents;
import dev.curate.github.RateLimits;
import dev.curate.http.Redaction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * {@code curate doctor}: whether {@code curate fetch --month M} would work as configured, and if
 * not, what to fix. Reads the configuration, looks at the workspace, names where each credential
 * comes from, then asks every endpoint at once, each question as a fetch would send it (through the
 * sources' own clients) but on a stack without retries or waits ({@link ProbeSettings}).
 */
public final class DoctorService {
  /** What the checks are given: the run's configuration, workspace, environment and clients. */
  public interface Setup {
    /** The user's config file, {@code --config}'s or where curate looks for it. */
    Path userConfigFile();

    /**
     * @throws CurateException when the configuration cannot be read
     */
    CurateConfig config();

    Path workspace();

    /**
     * The months fetched into the workspace; 0 without a database.
     *
     * @throws CurateException when the database cannot be read
     */
    int fetchedMonths();

    /** The environment, asked only whether each credential's variable is set. */
    Map<String, String> env();

    /** The GitHub token as the run reads it. */
    GitHubCredentials gitHubCredentials();

    /**
     * Reads every credential as a fetch would.
     *
     * @throws CurateException when they cannot be read (one of Reddit's pair without the other)
     */
    void readCredentials();

    /** The sources' own questions, their clients built on the doctor's stack. */
    SourceProbes probes();

    /** Whether an endpoint answers, on the doctor's stack. */
    Reachability reachability();
  }

  private final Setup setup;

  public DoctorService(Setup setup) {
    this.setup = setup;
  }

  public DoctorReport examine() {
    List<Finding> findings = new ArrayList<>();
    Optional<CurateConfig> config = config(findings);
    Path userFile = setup.userConfigFile();
    ConfigFiles files =
        new ConfigFiles(
            ConfigLoader.DEFAULTS_RESOURCE.substring(1),
            userFile,
            Files.exists(userFile),
            config.isEmpty() ? Optional.of(findings.get(0).message()) : Optional.empty());
    WorkspaceState workspace = workspace(findings);
    CredentialSources credentials = credentials(findings);
    if (config.isEmpty()) {
      return new DoctorReport(
          files,
          workspace,
          credentials,
          List.of(),
          new Budgets(Optional.empty(), Budgets.RedditToken.NOT_ASKED, Optional.empty()),
          findings);
    }
    SourceProbes probes = setup.probes();
    Asked asked = ask(config.get(), probes, credentials.redditOAuth());
    EndpointUse use = new EndpointUse(config.get(), credentials.redditOAuth());
    List<EndpointCheck> endpoints = new ArrayList<>();
    for (Endpoint endpoint : Endpoint.values()) {
      Probed<?> probed = asked.of(endpoint);
      EndpointCheck check =
          new EndpointCheck(
              endpoint,
              shown(endpoint.url(config.get().endpoints())),
              use.notNeeded(endpoint),
              probed.reachable(),
              probed.failure().map(CurateException::getMessage));
      endpoints.add(check);
      probed.failure().ifPresent(f -> findings.add(finding(check, f)));
    }
    Budgets budgets = asked.budgets(ClickHouseEvents.table(config.get().github().events()));
    findings.addAll(BudgetWarnings.of(budgets, credentials));
    return new DoctorReport(files, workspace, credentials, endpoints, budgets, findings);
  }

  private Optional<CurateConfig> config(List<Finding> findings) {
    try {
      return Optional.of(setup.config());
    } catch (CurateException e) {
      findings.add(
          Finding.problem(e.getMessage() + " (the endpoints were not checked)", ExitCode.FAILURE));
      return Optional.empty();
    }
  }

  private WorkspaceState workspace(List<Finding> findings) {
    Path path = setup.workspace();
    boolean writable = WorkspaceState.writable(path);
    if (!writable) {
      findings.add(
          Finding.problem(
              "the workspace "
                  + path
                  + " cannot be written, so a fetch could not save: make it writable, or choose"
                  + " another with --workspace or CURATE_WORKSPACE",
              ExitCode.FAILURE));
    }
    int months = 0;
    Optional<String> problem = Optional.empty();
    try {
      months = setup.fetchedMonths();
    } catch (CurateException e) {
      problem = Optional.of(e.getMessage());
      findings.add(Finding.problem(e.getMessage(), ExitCode.FAILURE));
    }
    return new WorkspaceState(path, Files.exists(path), writable, months, problem);
  }

  private CredentialSources credentials(List<Finding> findings) {
    try {
      setup.readCredentials();
    } catch (CurateException e) {
      findings.add(Finding.problem(e.getMessage(), e.exitCode()));
    }
    return CredentialSources.of(setup.gitHubCredentials(), setup.env());
  }

  /** A URL as the report shows it: never with user info (a password in a proxy's URL). */
  private static String shown(String url) {
    okhttp3.HttpUrl parsed = okhttp3.HttpUrl.parse(url);
    if (parsed == null || (parsed.username().isEmpty() && parsed.password().isEmpty())) {
      return url;
    }
    return Redaction.url(parsed);
  }

  private static Finding finding(EndpointCheck check, CurateException failure) {
    if (check.needed()) {
      return Finding.problem(failure.getMessage(), failure.exitCode());
    }
    return Finding.warning(
        failure.getMessage() + " (a fetch does not need it: " + check.notNeeded().get() + ")");
  }

  /**
   * Every endpoint asked at once, so that the whole check takes as long as its slowest question,
   * not their sum.
   */
  private Asked ask(CurateConfig config, SourceProbes probes, boolean oauth) {
    Reachability reach = setup.reachability();
    ExecutorService pool = Executors.newFixedThreadPool(Endpoint.values().length);
    try {
      Map<Endpoint, CompletableFuture<Probed<?>>> futures = new EnumMap<>(Endpoint.class);
      for (Endpoint endpoint : Endpoint.values()) {
        String url = endpoint.url(config.endpoints());
        futures.put(
            endpoint,
            CompletableFuture.supplyAsync(() -> probe(endpoint, url, probes, reach, oauth), pool));
      }
      Map<Endpoint, Probed<?>> done = new EnumMap<>(Endpoint.class);
      futures.forEach((endpoint, future) -> done.put(endpoint, future.join()));
      return new Asked(done, oauth);
    } finally {
      pool.shutdownNow();
    }
  }

  private static Probed<?> probe(
      Endpoint endpoint, String url, SourceProbes probes, Reachability reach, boolean oauth) {
    return switch (endpoint) {
      case GITHUB -> Probed.of(probes::gitHubRateLimits);
      // With app credentials, the token request is both the reachability and the credential
      // check; without, nothing of Reddit's needs one.
      case REDDIT ->
          oauth ? Probed.of(probes::redditToken) : Probed.of(() -> reach.status(endpoint, url));
      case CLICKHOUSE -> Probed.of(probes::clickHouseLastEvent);
      default -> Probed.of(() -> reach.status(endpoint, url));
    };
  }

  /** The answers, by endpoint. */
  private record Asked(Map<Endpoint, Probed<?>> answers, boolean oauth) {
    Probed<?> of(Endpoint endpoint) {
      return answers.get(endpoint);
    }

    Budgets budgets(String table) {
      Optional<RateLimits> github =
          answers.get(Endpoint.GITHUB).value().map(RateLimits.class::cast);
      Probed<?> reddit = answers.get(Endpoint.REDDIT);
      Budgets.RedditToken token;
      if (!oauth) {
        token = Budgets.RedditToken.NOT_ASKED;
      } else if (reddit.value().isPresent()) {
        token = Budgets.RedditToken.OK;
      } else {
        token = reddit.refused() ? Budgets.RedditToken.REFUSED : Budgets.RedditToken.FAILED;
      }
      Optional<Budgets.TableFreshness> clickhouse =
          answers
              .get(Endpoint.CLICKHOUSE)
              .value()
              .map(last -> new Budgets.TableFreshness(table, (Instant) last));
      return new Budgets(github, token, clickhouse);
    }
  }
}
