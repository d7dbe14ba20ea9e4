package dev.curate.reddit.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.curate.config.Secret;
import dev.curate.error.ApiException;
import dev.curate.error.CarriedFailure;
import dev.curate.error.CurateException;
import dev.curate.error.ExitCode;
import dev.curate.http.JsonGet;
import dev.curate.http.KnownSecrets;
import dev.curate.http.ResponseText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import okhttp3.Credentials;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Application-only OAuth for a confidential (script or web) app: {@code POST /api/v1/access_token}
 * with HTTP Basic {@code client_id:client_secret} and {@code grant_type=client_credentials}
 * (reddit-archive wiki "OAuth2", "Application Only OAuth"; prawcore {@code ReadOnlyAuthorizer}).
 * One token serves the whole run; it is replaced shortly before it expires, the expiry measured
 * from a timestamp taken before the request as prawcore does, so a slow answer never makes the
 * token look younger than it is.
 *
 * <p>Failures leave as {@link CarriedFailure}, because the caller is an OkHttp interceptor; an I/O
 * failure is wrapped too, so the listing client's retries do not multiply the token client's.
 */
final class AppOnlyTokens {
  /**
   * Renew this long before the expiry Reddit announced (prawcore uses 10 s; a page with retries can
   * take longer).
   */
  static final Duration RENEW_EARLY = Duration.ofSeconds(60);

  /**
   * Reddit announces {@code expires_in}; if it ever did not, assume an hour rather than forever.
   */
  static final Duration ASSUMED_LIFETIME = Duration.ofHours(1);

  /** The form field and value that ask for an application-only token. */
  static final String GRANT_TYPE = "grant_type";

  static final String CLIENT_CREDENTIALS = "client_credentials";

  static final String REJECTED =
      "Reddit rejected "
          + dev.curate.config.RedditCredentials.CLIENT_ID
          + "/"
          + dev.curate.config.RedditCredentials.CLIENT_SECRET
          + " (401): check the app's id and secret at https://www.reddit.com/prefs/apps";

  private final OkHttpClient client;
  private final HttpUrl tokenUrl;
  private final Secret clientId;
  private final Secret clientSecret;
  private final Clock clock;
  private final ObjectMapper json;
  private final KnownSecrets secrets;

  private String token;
  private Instant renewAt;

  /**
   * @param secrets where each token issued is added, so that no answer or output carries it
   */
  AppOnlyTokens(
      OkHttpClient client,
      HttpUrl tokenUrl,
      Secret clientId,
      Secret clientSecret,
      Clock clock,
      ObjectMapper json,
      KnownSecrets secrets) {
    this.client = client;
    this.tokenUrl = tokenUrl;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.clock = clock;
    this.json = json;
    this.secrets = secrets;
  }

  /** A token believed valid, fetching one first if there is none or it is about to expire. */
  synchronized String current() throws IOException {
    if (token == null || !clock.instant().isBefore(renewAt)) {
      fetch();
    }
    return token;
  }

  /**
   * Forgets the token after Reddit refused it, so the next {@link #current()} fetches a new one.
   */
  synchronized void invalidate() {
    token = null;
    renewAt = null;
  }

  private void fetch() throws IOException {
    Instant requestedAt = clock.instant();
    Request request =
        new Request.Builder()
            .url(tokenUrl)
            .header(
                "Authorization",
                Credentials.basic(clientId.reveal(), clientSecret.reveal(), StandardCharsets.UTF_8))
            .post(new FormBody.Builder().add(GRANT_TYPE, CLIENT_CREDENTIALS).build())
            .build();
    String host = tokenUrl.host();
    try (Response response = client.newCall(request).execute()) {
      if (response.code() == 401) {
        throw failure(new CurateException(ExitCode.CREDENTIALS, REJECTED));
      }
      if (!response.isSuccessful()) {
        throw failure(notGranted(response.code(), host));
      }
      AccessToken answer = parse(response.body(), host);
      if (answer.error() != null) {
        throw failure(
            new CurateException(
                ExitCode.CREDENTIALS,
                "Reddit refused the token request ("
                    + answer.error()
                    + "): check REDDIT_CLIENT_ID/REDDIT_CLIENT_SECRET"
                    + " and that the app is a script or web app at https://www.reddit.com/prefs/apps"));
      }
      if (answer.accessToken() == null || answer.accessToken().isBlank()) {
        throw failure(
            new ApiException("Reddit's token answer from " + host + " has no access_token"));
      }
      Duration lifetime =
          answer.expiresIn() == null || answer.expiresIn() <= 0
              ? ASSUMED_LIFETIME
              : Duration.ofSeconds(answer.expiresIn());
      Duration early =
          lifetime.compareTo(RENEW_EARLY.multipliedBy(2)) > 0 ? RENEW_EARLY : lifetime.dividedBy(2);
      token = answer.accessToken();
      // Before the first request carries it: a listing that echoes it back is scrubbed.
      secrets.add(token);
      renewAt = requestedAt.plus(lifetime).minus(early);
    } catch (CarriedFailure e) {
      throw e;
    } catch (IOException e) {
      throw failure(RedditFailures.unreachable(host, e));
    }
  }

  /**
   * The shared stack has already retried a 5xx by the time it gets here: Reddit still down is
   * temporary (exit 75), as for the API itself, so that a scheduler tries again later; a 429 (the
   * token endpoint is not paced) too. Anything else is a failure to look at.
   */
  private static ApiException notGranted(int code, String host) {
    ExitCode exit = JsonGet.exitCodeFor(code);
    if (exit == ExitCode.TEMPORARY) {
      return new ApiException(
          exit,
          "Reddit unavailable: the token request still failed after retries (HTTP "
              + code
              + " from "
              + host
              + "); retry later");
    }
    return new ApiException("Reddit token request failed: HTTP " + code + " from " + host);
  }

  private AccessToken parse(ResponseBody body, String host) throws IOException {
    try {
      return json.readValue(body.string(), AccessToken.class);
    } catch (JsonProcessingException e) {
      // The exception's text may quote the body, which holds the token: keep it out of the message.
      throw failure(
          new ApiException(
              "expected JSON from POST /api/v1/access_token on "
                  + host
                  + ", got "
                  + ResponseText.type(body.contentType())));
    }
  }

  private static CarriedFailure failure(CurateException e) {
    return new CarriedFailure(e);
  }
}
