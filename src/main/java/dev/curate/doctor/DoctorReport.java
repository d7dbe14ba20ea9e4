package dev.curate.doctor;

import dev.curate.error.ExitCode;
import java.util.List;

/**
 * What {@code curate doctor} found.
 *
 * @param endpoints empty when the configuration could not be read (nothing to ask)
 */
public record DoctorReport(
    ConfigFiles config,
    WorkspaceState workspace,
    CredentialSources credentials,
    List<EndpointCheck> endpoints,
    Budgets budgets,
    List<Finding> findings) {
  public DoctorReport {
    endpoints = List.copyOf(endpoints);
    findings = List.copyOf(findings);
  }

  /**
   * 4 when a needed credential is refused (fix that first: nothing else can be judged through it),
   * else 1 when something needed is unreachable or broken, else 0, warnings or not.
   */
  public ExitCode exitCode() {
    if (findings.stream().anyMatch(f -> f.exit() == ExitCode.CREDENTIALS)) {
      return ExitCode.CREDENTIALS;
    }
    return findings.stream().anyMatch(f -> f.level() == Finding.Level.PROBLEM)
        ? ExitCode.FAILURE
        : ExitCode.OK;
  }
}
