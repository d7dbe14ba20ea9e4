package dev.curate.cli;

import dev.curate.config.ConfigLoader;
import dev.curate.config.CurateConfig;
import dev.curate.config.GitHubCredentials;
import dev.curate.config.Locations;
import dev.curate.config.RedditCredentials;
import dev.curate.config.RedditSourceChoice;
import dev.curate.github.GitHubSource;
import dev.curate.http.HttpStack;
import dev.curate.http.KnownSecrets;
import dev.curate.reddit.RedditSource;
import dev.curate.store.Store;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Builds what a command needs, once, from the runtime and the common options: configuration,
 * workspace, store, the HTTP stack and the sources. Commands ask it for pieces; nothing is
 * built that the command does not use.
 */
final class AppContext implements AutoCloseable {
  /** The HTTP cache's folder inside the workspace. */
  static final String HTTP_CACHE = "http-cache";

  private final AppRuntime runtime;
  private final KnownSecrets secrets;
  private final SecretScrubber scrubber;
  private final CommonOptions options;
  private final PrintWriter err;
  private CurateConfig config;
  private Optional<java.time.Duration> maxWait = Optional.empty();
  private Store store;
  private HttpStack http;

  AppContext(AppRuntime runtime, KnownSecrets secrets, CommonOptions options, PrintWriter err) {
    this.runtime = runtime;
    this.secrets = secrets;
    this.options = options;
    this.err = err;
    this.scrubber = new SecretScrubber(secrets);
    LoggingSetup.configure(options.verbose(), err, scrubber);
  }

  AppRuntime runtime() {
    return runtime;
  }

  CurateConfig config() {
    if (config == null) {
      Locations locations = locations();
      CurateConfig loaded = new ConfigLoader().load(locations.configFile(options.config()), runtime.env());
      config = maxWait.map(wait -> withMaxWait(loaded, wait)).orElse(loaded);
    }
    return config;
  }

  /** {@code fetch --max-wait}: wins over {@code http.maxWait} from the configuration. */
  AppContext overrideMaxWait(Optional<java.time.Duration> wait) {
    if (config != null) {
      throw new IllegalStateException("the configuration was read before the override");
    }
    this.maxWait = wait;
    return this;
  }

  private static CurateConfig withMaxWait(CurateConfig c, java.time.Duration wait) {
    return c.withHttp(c.http().withMaxWait(wait));
  }

  Path workspace() {
    return locations().workspace(options.workspace());
  }

  Store store() {
    if (store == null) {
      store = Store.open(workspace());
    }
    return store;
  }

  /**
   * The store for a command that only reads it ({@code draft}): read-only when the workspace
   * cannot be written, rather than refused as {@link #store()} refuses it.
   */
  Store storeForReading() {
    if (store == null) {
      store = Store.openForReading(workspace());
    }
    return store;
  }

  HttpStack http() {
    if (http == null) {
      // No HTTP cache in a workspace that cannot be written: it would only fail, request by request.
      Path workspace = workspace();
      Optional<Path> cache = Files.exists(workspace) && !Files.isWritable(workspace)
          ? Optional.empty()
          : Optional.of(workspace.resolve(HTTP_CACHE));
      http = new HttpStack(config().http(), runtime.sleeper(), cache, secrets);
    }
    return http;
  }

  GitHubSource github() {
    return new GitHubSource(
        config().github(),
        config().endpoints().githubApiUrl(),
        GitHubCredentials.fromEnvironment(runtime.env()),
        http(),
        runtime.clock(),
        progress());
  }

  RedditSource reddit() {
    return reddit(Optional.empty());
  }

  /** @param source {@code fetch --reddit-source}, which wins over {@code reddit.source} */
  RedditSource reddit(Optional<RedditSourceChoice> source) {
    return new RedditSource(
        source.map(config().reddit()::withSource).orElse(config().reddit()),
        config().endpoints(),
        RedditCredentials.fromEnvironment(runtime.env(), VersionProvider.version()),
        http(),
        runtime.clock(),
        progress());
  }

  /** Progress lines on stderr, unless {@code --quiet}. */
  Consumer<String> progress() {
    if (options.quiet()) {
      return line -> {};
    }
    return line -> {
      err.println(scrubber.scrub(Terminal.sanitize(line)));
      err.flush();
    };
  }

  PrintWriter err() {
    return err;
  }

  private Locations locations() {
    return new Locations(runtime.env(), Path.of(System.getProperty("user.home")));
  }

  @Override
  public void close() {
    if (http != null) {
      http.close();
    }
    if (store != null) {
      store.close();
    }
  }
}
