package dev.curate.events;

import dev.curate.model.CalendarMonth;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * Generated GitHub events, written two ways from one list: as GH Archive's hour files ({@code
 * YYYY-MM-DD-H.json.gz}, one event a line in the Events API's shape: github/docs,
 * content/rest/using-the-rest-api/github-event-types.md, "Example WatchEvent event object"; a
 * PushEvent's payload as GH Archive files of 2018 hold it), and as rows of ClickHouse's
 * github_events table (JSONEachRow, the columns ClickHouse/github-explorer's update.sh fills from
 * those files: file_time, event_type, actor_login, repo_name, created_at, action). The table is
 * loaded from the same hours the files hold, so both engines see the same data.
 */
public final class StarEvents {
  record Event(
      long id, String type, long actorId, String actor, long repoId, String repo, Instant at) {}

  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter TABLE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter FILE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

  private final List<Event> events = new ArrayList<>();
  private long nextId = 8_553_543_440L;
  private long nextActor = 1_000_000;

  /**
   * {@code count} stars of {@code repo} spread evenly over {@code month}, none at the same second.
   */
  public StarEvents stars(String repo, long repoId, int count, CalendarMonth month) {
    long span = Duration.between(month.start(), month.end()).getSeconds();
    for (int i = 0; i < count; i++) {
      Instant at = month.start().plusSeconds(span * i / count + (i * 7919L) % 60);
      star(repo, repoId, at);
    }
    return this;
  }

  StarEvents star(String repo, long repoId, Instant at) {
    return event("WatchEvent", repo, repoId, at);
  }

  StarEvents event(String type, String repo, long repoId, Instant at) {
    long actor = nextActor++;
    events.add(new Event(nextId++, type, actor, "user" + actor, repoId, repo, at));
    return this;
  }

  /** A star of {@code repo} by the account {@code login}, which may star other repositories. */
  StarEvents starBy(String login, String repo, long repoId, Instant at) {
    long actor = Math.abs((long) login.hashCode());
    events.add(new Event(nextId++, "WatchEvent", actor, login, repoId, repo, at));
    return this;
  }

  List<Event> events() {
    return List.copyOf(events);
  }

  /** The event as one line of a GH Archive hour file. */
  static String archiveLine(Event e) {
    String payload =
        switch (e.type()) {
          case "WatchEvent" -> "{\"action\":\"started\"}";
          case "PushEvent" ->
              "{\"push_id\":3077553044,\"size\":1,\"distinct_size\":1,\"ref\":\"refs/heads/master\","
                  + "\"head\":\"6b6b2b7c47ae7e4f9e7c3e2a8d0a52fbbd0e7b94\","
                  + "\"before\":\"0d47ab9b7a6b3f8f6ed2f4bd3c1b8ac6ad3e1f6a\",\"commits\":[{\"sha\":"
                  + "\"6b6b2b7c47ae7e4f9e7c3e2a8d0a52fbbd0e7b94\",\"author\":{\"email\":"
                  + "\"dev@example.com\",\"name\":\"Dévelopeuse 開発者\"},\"message\":\"WatchEvent\","
                  + "\"distinct\":true,\"url\":\"https://api.github.com/repos/"
                  + e.repo()
                  + "/commits/6b6b2b7c47ae7e4f9e7c3e2a8d0a52fbbd0e7b94\"}]}";
          case "IssuesEvent" ->
              "{\"action\":\"opened\",\"issue\":{\"number\":7,\"title\":\"Count \\\"WatchEvent\\\""
                  + " rows\",\"body\":null,\"labels\":[]}}";
          default -> "{}";
        };
    return "{\"id\":\""
        + e.id()
        + "\",\"type\":\""
        + e.type()
        + "\",\"actor\":{\"id\":"
        + e.actorId()
        + ",\"login\":\""
        + e.actor()
        + "\",\"display_login\":\""
        + e.actor()
        + "\",\"gravatar_id\":\"\",\"url\":\"https://api.github.com/users/"
        + e.actor()
        + "\",\"avatar_url\":\"https://avatars.githubusercontent.com/u/"
        + e.actorId()
        + "?\"},\"repo\":{\"id\":"
        + e.repoId()
        + ",\"name\":\""
        + e.repo()
        + "\",\"url\":\"https://api.github.com/repos/"
        + e.repo()
        + "\"},\"payload\":"
        + payload
        + ",\"public\":true,\"created_at\":\""
        + ISO.format(e.at())
        + "\"}";
  }

  /** The event as a row of ClickHouse's github_events. */
  static String tableRow(Event e) {
    return "{\"file_time\":\""
        + TABLE.format(e.at().truncatedTo(ChronoUnit.HOURS))
        + "\",\"event_type\":\""
        + e.type()
        + "\",\"actor_login\":\""
        + e.actor()
        + "\",\"repo_name\":\""
        + e.repo()
        + "\",\"created_at\":\""
        + TABLE.format(e.at())
        + "\",\"action\":\""
        + ("WatchEvent".equals(e.type()) ? "started" : "none")
        + "\"}";
  }

  static String fileName(Instant hour) {
    return FILE.format(hour) + "-" + hour.atZone(ZoneOffset.UTC).getHour() + ".json.gz";
  }

  /**
   * Writes an hour file for every hour of {@code months} but the {@code missing} ones, each with
   * the events of its hour and the {@code extra} lines given for it.
   */
  public void writeHourFiles(
      Path folder,
      Collection<CalendarMonth> months,
      Set<Instant> missing,
      Map<Instant, List<String>> extra) {
    List<Instant> hours = new ArrayList<>();
    for (CalendarMonth month : months) {
      for (Instant h = month.start(); h.isBefore(month.end()); h = h.plus(Duration.ofHours(1))) {
        if (!missing.contains(h)) {
          hours.add(h);
        }
      }
    }
    writeHours(folder, hours, extra);
  }

  /** Writes the files of {@code hours} only, each with its events and its {@code extra} lines. */
  void writeHours(Path folder, List<Instant> hours, Map<Instant, List<String>> extra) {
    Map<Instant, List<String>> lines = new TreeMap<>();
    for (Instant h : hours) {
      lines.put(h, new ArrayList<>(extra.getOrDefault(h, List.of())));
    }
    for (Event e : events) {
      List<String> hour = lines.get(e.at().truncatedTo(ChronoUnit.HOURS));
      if (hour != null) {
        hour.add(archiveLine(e));
      }
    }
    lines.forEach((hour, content) -> write(folder.resolve(fileName(hour)), content));
  }

  /** The table's rows: the events of the hours whose files exist. */
  Path writeTable(Path file, Set<Instant> missing) {
    StringBuilder rows = new StringBuilder();
    for (Event e : events) {
      if (!missing.contains(e.at().truncatedTo(ChronoUnit.HOURS))) {
        rows.append(tableRow(e)).append('\n');
      }
    }
    try {
      return Files.writeString(file, rows);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private static void write(Path file, List<String> lines) {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      for (String line : lines) {
        out.write(line.getBytes(StandardCharsets.UTF_8));
        out.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
