package dev.curate.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Writes the man pages' AsciiDoc sources (curate.adoc, curate-fetch.adoc, …) with picocli's {@link
 * ManPageGenerator}, from the command line {@link CurateCli} builds, so that they carry what it
 * adds to the annotations: the exit codes, the environment variables. The build runs it in {@code
 * prepare-package} and Asciidoctor renders the sources to troff (target/man); picocli-codegen is a
 * build-time dependency only, not in the jar, so this class is never run by curate itself.
 */
public final class ManPages {
  private ManPages() {}

  /**
   * @param args the folder to write the .adoc files into
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: ManPages OUTPUT_FOLDER");
    }
    write(new File(args[0]));
  }

  static void write(File folder) throws IOException {
    PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
    CommandLine cli = CurateCli.create(AppRuntime.system(), nowhere, nowhere);
    int status =
        ManPageGenerator.generateManPage(folder, null, new boolean[0], true, cli.getCommandSpec());
    if (status != 0) {
      throw new IOException("picocli's ManPageGenerator ended with status " + status);
    }
  }
}
