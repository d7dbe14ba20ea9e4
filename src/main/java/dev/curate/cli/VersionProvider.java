package dev.curate.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version Maven wrote into {@code curate-version.properties} at build time. */
public final class VersionProvider implements IVersionProvider {
  public static String version() {
    Properties p = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("/curate-version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // Falls through to "unknown": a missing version must not stop the tool.
    }
    return p.getProperty("version", "unknown");
  }

  @Override
  public String[] getVersion() {
    return new String[] {"curate " + version(), "Java " + System.getProperty("java.version")};
  }
}
