package dev.curate.plan;

import dev.curate.plan.Budget.Bucket;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * A request a source may send, built by the source's own URL builder. Values that depend on the
 * answers are placeholders, {@code {name}}: {@code page={page}}, {@code after={after}}, {@code
 * /repos/{owner}/{repo}/readme}, {@code q=topic:nlp created:{range}}.
 *
 * @param method {@code GET} or {@code POST}
 * @param template the URL, placeholders included: they read as written in its decoded path segments
 *     and query values ({@code %7Bpage%7D} in its encoded form)
 * @param body the body of a POST, for display (never a credential), or empty
 * @param least how many times it is sent at the fewest
 * @param most how many times at the most; empty only where the count depends on the month's data
 *     and nothing caps it (an archive's pages)
 * @param bucket the rate limit it counts against, if any ({@link SourcePlan#budgets})
 * @param whenFirstNeeded sent once, just before the first request that needs it (an OAuth token),
 *     wherever that falls in the plan's order
 */
public record PlannedRequest(
    String method,
    HttpUrl template,
    Optional<String> body,
    Purpose purpose,
    int least,
    OptionalInt most,
    Optional<Bucket> bucket,
    boolean whenFirstNeeded)
    implements PlanStep {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z_]+}");

  public PlannedRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(purpose, "purpose");
    if (least < 0 || (most.isPresent() && most.getAsInt() < least)) {
      throw new IllegalArgumentException("bounds " + least + ".." + most);
    }
  }

  /** A GET sent once. */
  public static PlannedRequest get(HttpUrl template, Purpose purpose) {
    return new PlannedRequest(
        "GET", template, Optional.empty(), purpose, 1, OptionalInt.of(1), Optional.empty(), false);
  }

  /** A POST sent once, with its body shown as {@code body}. */
  public static PlannedRequest post(HttpUrl template, String body, Purpose purpose) {
    return new PlannedRequest(
        "POST",
        template,
        Optional.of(body),
        purpose,
        1,
        OptionalInt.of(1),
        Optional.empty(),
        false);
  }

  /** Sent at least {@code least} and at most {@code most} times. */
  public PlannedRequest times(int least, int most) {
    return new PlannedRequest(
        method, template, body, purpose, least, OptionalInt.of(most), bucket, whenFirstNeeded);
  }

  /** Sent at least {@code least} times, and as often as the month's data asks. */
  public PlannedRequest atLeast(int least) {
    return new PlannedRequest(
        method, template, body, purpose, least, OptionalInt.empty(), bucket, whenFirstNeeded);
  }

  /** The same bound from zero: sent only if something before it asks for it. */
  public PlannedRequest optional() {
    return new PlannedRequest(method, template, body, purpose, 0, most, bucket, whenFirstNeeded);
  }

  public PlannedRequest countedIn(Bucket bucket) {
    return new PlannedRequest(
        method, template, body, purpose, least, most, Optional.of(bucket), whenFirstNeeded);
  }

  public PlannedRequest sentWhenFirstNeeded() {
    return new PlannedRequest(method, template, body, purpose, least, most, bucket, true);
  }

  @Override
  public int leastRequests() {
    return least;
  }

  @Override
  public OptionalInt mostRequests() {
    return most;
  }

  /**
   * Whether a request sent is this one: the same method, scheme, host and port; each decoded path
   * segment equal to the template's, where a placeholder in the template matches any text; the same
   * query parameter names, except that a template parameter whose whole value is a placeholder may
   * be absent (a first page has no {@code page} nor {@code after}); each value equal, with the same
   * placeholders.
   */
  public boolean matches(String sentMethod, HttpUrl sent) {
    if (!method.equalsIgnoreCase(sentMethod)
        || !template.scheme().equals(sent.scheme())
        || !template.host().equals(sent.host())
        || template.port() != sent.port()) {
      return false;
    }
    List<String> want = template.pathSegments();
    List<String> got = sent.pathSegments();
    if (want.size() != got.size()) {
      return false;
    }
    for (int i = 0; i < want.size(); i++) {
      if (!glob(want.get(i), got.get(i))) {
        return false;
      }
    }
    for (String name : sent.queryParameterNames()) {
      if (!template.queryParameterNames().contains(name)) {
        return false;
      }
    }
    for (String name : template.queryParameterNames()) {
      String value = template.queryParameter(name);
      String sentValue = sent.queryParameter(name);
      if (sentValue == null && !sent.queryParameterNames().contains(name)) {
        if (value == null || !PLACEHOLDER.matcher(value).matches()) {
          return false;
        }
      } else if (value == null ? sentValue != null : sentValue == null || !glob(value, sentValue)) {
        return false;
      }
    }
    return true;
  }

  private static boolean glob(String template, String value) {
    StringBuilder regex = new StringBuilder();
    Matcher m = PLACEHOLDER.matcher(template);
    int at = 0;
    while (m.find()) {
      regex.append(Pattern.quote(template.substring(at, m.start()))).append(".*");
      at = m.end();
    }
    regex.append(Pattern.quote(template.substring(at)));
    return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(value).matches();
  }
}
