package dev.curate.cli;

import java.io.PrintWriter;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Routes java.util.logging (ours, github-api's, sqlite-jdbc's) to one stderr handler: curate's own
 * messages at FINE with {@code -v}, everything else only from WARNING up, always through the {@link
 * SecretScrubber}.
 */
final class LoggingSetup {
  private LoggingSetup() {}

  static void configure(boolean verbose, PrintWriter err, SecretScrubber scrubber) {
    Logger root = Logger.getLogger("");
    for (Handler h : root.getHandlers()) {
      root.removeHandler(h);
    }
    Handler handler =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            if (isLoggable(record)) {
              err.print(getFormatter().format(record));
              err.flush();
            }
          }

          @Override
          public void flush() {
            err.flush();
          }

          @Override
          public void close() {}
        };
    handler.setLevel(Level.ALL);
    handler.setFormatter(
        new Formatter() {
          @Override
          public String format(LogRecord record) {
            String level =
                record.getLevel().intValue() >= Level.WARNING.intValue() ? "warning: " : "debug: ";
            // A warning may quote an API's answer (an error text): no escape of it reaches the
            // terminal, as in every other warning line.
            return scrubber.scrub(level + Terminal.sanitize(formatMessage(record)))
                + System.lineSeparator();
          }
        });
    root.addHandler(handler);
    root.setLevel(Level.WARNING);
    Logger.getLogger("dev.curate").setLevel(verbose ? Level.FINE : Level.WARNING);
  }
}
