package dev.curate.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SeveralFailuresTest {
  @Test
  void retryLaterIsTheExitCodeOnlyWhenEveryFailureIsTemporary() {
    assertThat(codeOf(ExitCode.TEMPORARY, ExitCode.TEMPORARY)).isEqualTo(ExitCode.TEMPORARY);
    assertThat(codeOf(ExitCode.TEMPORARY, ExitCode.FAILURE)).isEqualTo(ExitCode.FAILURE);
    assertThat(codeOf(ExitCode.FAILURE, ExitCode.TEMPORARY)).isEqualTo(ExitCode.FAILURE);
  }

  @Test
  void credentialsOutrankAFailureAndAnInterruptOutranksAll() {
    assertThat(codeOf(ExitCode.TEMPORARY, ExitCode.CREDENTIALS)).isEqualTo(ExitCode.CREDENTIALS);
    assertThat(codeOf(ExitCode.CREDENTIALS, ExitCode.FAILURE)).isEqualTo(ExitCode.CREDENTIALS);
    assertThat(codeOf(ExitCode.USAGE, ExitCode.CREDENTIALS)).isEqualTo(ExitCode.USAGE);
    assertThat(codeOf(ExitCode.INTERRUPTED, ExitCode.USAGE)).isEqualTo(ExitCode.INTERRUPTED);
  }

  @Test
  void anUnexpectedFailureCountsAsAFailureAndEachIsKeptInOrder() {
    RuntimeException bug = new IllegalStateException("a bug");
    CurateException later = new CurateException(ExitCode.TEMPORARY, "Reddit unavailable");

    SeveralFailures several = new SeveralFailures(List.of(bug, later));

    assertThat(several.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(several.each()).containsExactly(bug, later);
    assertThat(several.getMessage()).isEqualTo("a bug; Reddit unavailable");
  }

  @Test
  void oneFailureIsNotSeveral() {
    assertThatThrownBy(
            () -> new SeveralFailures(List.of(new CurateException(ExitCode.FAILURE, "one"))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static ExitCode codeOf(ExitCode first, ExitCode second) {
    return new SeveralFailures(
            List.of(new CurateException(first, "first"), new CurateException(second, "second")))
        .exitCode();
  }
}
