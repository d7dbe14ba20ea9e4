package dev.curate.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one way an answer's text is shortened for a one-line message. */
class ResponseTextTest {
  @Test
  void aPreviewIsOneLineWithoutControlCharactersAndMarksWhereItWasCut() {
    String body =
        "<!doctype html>\n<html>\n  <head>\u001B[31m<title>reddit.com: temporarily unavailable</title>";

    assertThat(ResponseText.preview(body, 30)).isEqualTo("<!doctype html> <html> <head> …");
    assertThat(ResponseText.preview("  short\tenough \n", 30)).isEqualTo("short enough");
  }

  @Test
  void aPrintableValueKeepsOnlyPrintableAsciiSoThatNothingInItCanSteerATerminal() {
    // A bidi override and an escape sequence, as a hostile header could carry them.
    assertThat(ResponseText.printable("1e20\u202E\u001B]0;x", 24)).isEqualTo("1e20??]0;x");
    assertThat(ResponseText.printable("9".repeat(30), 24)).isEqualTo("9".repeat(24) + "…");
  }
}
