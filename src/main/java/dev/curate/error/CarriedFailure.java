package dev.curate.error;

import java.io.IOException;

/**
 * Carries a {@link CurateException} through code that only lets IOExceptions out: OkHttp
 * interceptors. {@link CurateException#findIn} unwraps it.
 */
public final class CarriedFailure extends IOException {
  private static final long serialVersionUID = 1L;
  private final transient CurateException failure;

  public CarriedFailure(CurateException failure) {
    super(failure.getMessage(), failure);
    this.failure = failure;
  }

  public CurateException failure() {
    return failure;
  }
}
