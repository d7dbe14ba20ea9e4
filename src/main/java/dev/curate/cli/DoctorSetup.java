package dev.curate.cli;

import dev.curate.config.CurateConfig;
import dev.curate.config.GitHubCredentials;
import dev.curate.doctor.DoctorService;
import dev.curate.doctor.Reachability;
import dev.curate.doctor.SourceProbes;
import dev.curate.github.RateLimits;
import dev.curate.store.Store;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code curate doctor} checks, from the run's context: its configuration, workspace and
 * environment, and the sources' own clients built on the probe stack (each only when asked, so a
 * source that cannot be built fails its own check alone).
 *
 * <p>The probes run on threads of their own, at once. That is safe with the context's lazy fields
 * because the configuration and the stack are built here, before any probe starts, and each probe
 * then builds only its own source (GitHub's, Reddit's, ClickHouse's), which no other probe touches.
 */
final class DoctorSetup implements DoctorService.Setup {
  private final AppContext ctx;

  DoctorSetup(AppContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Path userConfigFile() {
    return ctx.userConfigFile();
  }

  @Override
  public CurateConfig config() {
    return ctx.config();
  }

  @Override
  public Path workspace() {
    return ctx.workspace();
  }

  @Override
  public int fetchedMonths() {
    return ctx.existingStore().map(Store::fetchedMonths).map(m -> m.size()).orElse(0);
  }

  @Override
  public Map<String, String> env() {
    return ctx.runtime().env();
  }

  @Override
  public GitHubCredentials gitHubCredentials() {
    return ctx.gitHubCredentials();
  }

  @Override
  public void readCredentials() {
    ctx.gitHubCredentials();
    ctx.redditCredentials();
    ctx.clickHouseCredentials();
  }

  @Override
  public SourceProbes probes() {
    ctx.useProbeStack();
    return new SourceProbes() {
      @Override
      public RateLimits gitHubRateLimits() {
        return ctx.github().rateLimits();
      }

      @Override
      public boolean redditToken() {
        return ctx.reddit(Optional.empty()).requestToken();
      }

      @Override
      public Instant clickHouseLastEvent() {
        return ctx.clickHouseEvents().lastEventAt();
      }
    };
  }

  @Override
  public Reachability reachability() {
    return new Reachability(ctx.http(), "curate/" + ctx.runtime().version());
  }
}
