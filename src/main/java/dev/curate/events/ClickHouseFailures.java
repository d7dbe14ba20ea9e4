package dev.curate.events;

import dev.curate.config.ClickHouseCredentials;
import dev.curate.config.EndpointOverrides;
import dev.curate.error.ApiException;
import dev.curate.error.CurateException;
import dev.curate.error.ExitCode;
import dev.curate.http.JsonGet;
import dev.curate.http.ResponseText;
import dev.curate.http.RetryPolicy;
import dev.curate.http.Unreachable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Locale;

/**
 * What ClickHouse's answers mean for the user: one line each, naming the server, the account and
 * the table, and what to do. Errors that ClickHouse itself reports ({@link ClickHouseError}) are
 * told apart by their code; the rest are HTTP's (a proxy's 502, a redirect) or the network's.
 *
 * @param host the server as messages name it ({@code play.clickhouse.com}, {@code 127.0.0.1:8123})
 * @param user the account curate reads with ({@code CLICKHOUSE_USER}); never its password
 * @param table the table read, {@code database.table}
 */
record ClickHouseFailures(String host, String user, String table) {
  /** How much of ClickHouse's message a line quotes: it may repeat the whole query. */
  static final int QUOTED = 240;

  private static final String SERVER_SETTING = EndpointOverrides.CLICKHOUSE_URL;
  private static final String OWN_SERVER = "or use a ClickHouse server of your own (docs/scale.md)";

  /** The failure ClickHouse's own error stands for. */
  CurateException of(ClickHouseError e, String purpose) {
    String says = " (" + ResponseText.preview(e.quoted(), QUOTED) + ")";
    String at = "ClickHouse at " + host;
    return switch (e.code()) {
      case ClickHouseError.AUTHENTICATION_FAILED,
          ClickHouseError.REQUIRED_PASSWORD,
          ClickHouseError.WRONG_PASSWORD,
          ClickHouseError.UNKNOWN_USER ->
          new CurateException(
              ExitCode.CREDENTIALS,
              at
                  + " refused the account '"
                  + user
                  + "'"
                  + says
                  + ": set "
                  + ClickHouseCredentials.USER
                  + " and "
                  + ClickHouseCredentials.PASSWORD
                  + " to an account of that server");
      case ClickHouseError.ACCESS_DENIED ->
          new CurateException(
              ExitCode.CREDENTIALS,
              at
                  + " does not let the account '"
                  + user
                  + "' read "
                  + table
                  + says
                  + ": set "
                  + ClickHouseCredentials.USER
                  + " and "
                  + ClickHouseCredentials.PASSWORD
                  + " to an account that may");
      case ClickHouseError.QUOTA_EXCEEDED ->
          new ApiException(
              ExitCode.TEMPORARY,
              at
                  + " says the account '"
                  + user
                  + "' has used up its quota"
                  + says
                  + ": retry once the quota's interval has passed, "
                  + OWN_SERVER);
      case ClickHouseError.TOO_MANY_BYTES,
          ClickHouseError.TOO_MANY_ROWS,
          ClickHouseError.TOO_MANY_ROWS_OR_BYTES,
          ClickHouseError.LIMIT_EXCEEDED ->
          new ApiException(
              ExitCode.TEMPORARY,
              at
                  + " stopped "
                  + purpose
                  + " at the account's limit on what one query may read"
                  + says
                  + ": retry later, "
                  + OWN_SERVER);
      case ClickHouseError.TIMEOUT_EXCEEDED, ClickHouseError.TOO_SLOW ->
          new ApiException(
              ExitCode.TEMPORARY,
              at
                  + " stopped "
                  + purpose
                  + " at the account's time limit"
                  + says
                  + ": retry when the server is less busy, "
                  + OWN_SERVER);
      case ClickHouseError.MEMORY_LIMIT_EXCEEDED ->
          new ApiException(
              ExitCode.TEMPORARY,
              at
                  + " ran out of the memory it allows "
                  + purpose
                  + says
                  + ": retry later, lower github.events.top, "
                  + OWN_SERVER);
      case ClickHouseError.TOO_MANY_SIMULTANEOUS_QUERIES ->
          new ApiException(
              ExitCode.TEMPORARY, at + " is running too many queries" + says + ": retry later");
      case ClickHouseError.READONLY ->
          new ApiException(
              at
                  + " refused "
                  + purpose
                  + " because the account '"
                  + user
                  + "' is read-only and may not change a setting"
                  + says
                  + ": curate sends no settings, so the account's own profile asks for one; ask"
                  + " the server's administrator, or set "
                  + ClickHouseCredentials.USER
                  + " to another account");
      case ClickHouseError.UNKNOWN_TABLE, ClickHouseError.UNKNOWN_DATABASE ->
          new ApiException(
              at
                  + " has no table "
                  + table
                  + says
                  + ": set github.events.database and github.events.table to where that server"
                  + " keeps GH Archive's events");
      case ClickHouseError.UNKNOWN_IDENTIFIER,
          ClickHouseError.NO_SUCH_COLUMN_IN_TABLE,
          ClickHouseError.THERE_IS_NO_COLUMN ->
          new ApiException(
              at
                  + ": the table "
                  + table
                  + " lacks a column curate reads"
                  + says
                  + ": it must have the columns of ClickHouse's github_events (event_type,"
                  + " repo_name, created_at; docs/scale.md), or set github.events.table to one"
                  + " that has");
      default ->
          new ApiException(
              e.isTransient() ? ExitCode.TEMPORARY : ExitCode.FAILURE,
              at + " failed " + purpose + says + (e.isTransient() ? ": retry later" : ""));
    };
  }

  /** A status without ClickHouse's error: a proxy, a gateway, a page that is not ClickHouse. */
  CurateException status(int code, String location, String body, String purpose) {
    if (code >= 300 && code < 400) {
      return new ApiException(
          "ClickHouse at "
              + host
              + " answered "
              + purpose
              + " with a redirect (HTTP "
              + code
              + (location == null ? "" : " to " + ResponseText.printable(location, 120))
              + "): curate does not follow it with your credentials; set "
              + SERVER_SETTING
              + " to the address it names");
    }
    ExitCode exit = JsonGet.exitCodeFor(code);
    String start = ResponseText.preview(body, 80);
    return new ApiException(
        exit,
        "ClickHouse at "
            + host
            + " answered "
            + purpose
            + " with HTTP "
            + code
            + (start.isEmpty() ? "" : " (first 80 chars: " + start + ")")
            + (exit == ExitCode.TEMPORARY ? "; retry later" : "; check " + SERVER_SETTING));
  }

  /** An I/O failure that outlived the shared retries. */
  CurateException unreachable(IOException e, String purpose) {
    if (Thread.currentThread().isInterrupted()) {
      return new CurateException(ExitCode.INTERRUPTED, "interrupted while asking ClickHouse");
    }
    String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (e instanceof InterruptedIOException
        && !detail.toLowerCase(Locale.ROOT).contains("connect")) {
      return new ApiException(
          "ClickHouse at "
              + host
              + " did not finish answering "
              + purpose
              + " in time, after retries: raise http.readTimeout / http.callTimeout, "
              + OWN_SERVER,
          e);
    }
    if (RetryPolicy.isUnreachable(e)) {
      return Unreachable.failure("ClickHouse at " + host, e, SERVER_SETTING);
    }
    return new ApiException(
        "asking ClickHouse at "
            + host
            + " failed: "
            + detail
            + "; check your network or "
            + SERVER_SETTING,
        e);
  }

  /** A 200 answer of another kind than JSON: a captive portal, a proxy's page, not ClickHouse. */
  CurateException notJson(String type, String body, String purpose) {
    return new ApiException(
        "ClickHouse at "
            + host
            + " answered "
            + purpose
            + " with "
            + type
            + ", not JSONEachRow (first 80 chars: "
            + ResponseText.preview(body, 80)
            + "); check "
            + SERVER_SETTING);
  }

  /** A 200 answer that is not whole ({@link JsonEachRow.Broken}) or not JSONEachRow at all. */
  CurateException broken(String problem, String purpose) {
    return new ApiException(
        ExitCode.TEMPORARY,
        "ClickHouse at "
            + host
            + " answered "
            + purpose
            + " with a body curate cannot use: "
            + problem
            + "; nothing of it was used, retry later");
  }
}
