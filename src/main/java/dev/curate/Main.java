package dev.curate;

import dev.curate.cli.AppRuntime;
import dev.curate.cli.CurateCli;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out =
        new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = CurateCli.run(args, AppRuntime.system(), out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
