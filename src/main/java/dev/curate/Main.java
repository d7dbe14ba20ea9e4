package dev.curate;

public final class Main {
  private Main() {}

  public static void main(String[] args) {
    throw new UnsupportedOperationException("CLI not wired yet");
  }
}
