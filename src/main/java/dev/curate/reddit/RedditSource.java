package dev.curate.reddit;

import dev.curate.config.Endpoints;
import dev.curate.config.RedditCredentials;
import dev.curate.config.RedditSettings;
import dev.curate.http.HttpStack;
import dev.curate.model.CalendarMonth;
import dev.curate.model.RedditThread;
import dev.curate.model.SourceResult;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

/** STUB: a month's threads from each configured subreddit. */
public final class RedditSource {
  public RedditSource(
      RedditSettings settings,
      Endpoints endpoints,
      RedditCredentials credentials,
      HttpStack http,
      Clock clock,
      Consumer<String> progress) {}

  /** One result per configured subreddit, in configuration order. */
  public List<SourceResult<RedditThread>> fetch(CalendarMonth month) {
    throw new UnsupportedOperationException("not yet");
  }
}
