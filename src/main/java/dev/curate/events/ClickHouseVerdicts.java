package dev.curate.events;

import dev.curate.error.CarriedFailure;
import dev.curate.http.ResponseText;
import java.io.IOException;
import java.util.OptionalInt;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Ends a request at ClickHouse's first answer that names an error of its own, instead of letting
 * the shared retries ask again: ClickHouse answers most errors with HTTP 500 (its {@code
 * exceptionCodeToHTTPStatus} maps only a few codes to 4xx), which the stack retries as a server
 * failure, but a quota used up, a limit reached, a missing table or a refused account is the
 * database's verdict on the query and asking again only spends the quota. The transient ones
 * ({@link ClickHouseError#isTransient()}: the server busy) still go through the retries.
 *
 * <p>It runs once per attempt, inside the retries, on a body the stack has already read whole.
 */
final class ClickHouseVerdicts implements Interceptor {
  private final ClickHouseFailures failures;

  ClickHouseVerdicts(ClickHouseFailures failures) {
    this.failures = failures;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    if (response.code() == 200) {
      return response;
    }
    OptionalInt code = ClickHouseError.headerCode(response.header(ClickHouseError.CODE_HEADER));
    String body = ResponseText.peek(response);
    if (code.isEmpty() && !ClickHouseError.isIn(body)) {
      return response;
    }
    ClickHouseError error = ClickHouseError.parse(body, code);
    if (error.isTransient()) {
      return response;
    }
    response.close();
    String purpose = chain.request().tag(String.class);
    throw new CarriedFailure(failures.of(error, purpose == null ? "the query" : purpose));
  }
}
