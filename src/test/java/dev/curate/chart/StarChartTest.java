package dev.curate.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The chart as a file: what it draws, that it stands alone, that the same figures give the same
 * bytes (the golden file). How it looks in a browser: {@code dev.curate.browser.InBrowserTest}.
 */
class StarChartTest {
  /** The golden file's month, a launch: a trickle, a spike on the 9th, a long tail. */
  static final List<Integer> LAUNCH =
      List.of(
          2, 1, 3, 2, 4, 3, 5, 4, 410, 260, 150, 95, 70, 52, 40, 33, 28, 22, 20, 18, 15, 0, 12, 11,
          9, 10, 8, 7, 9, 6);

  static final ChartText LAUNCH_TEXT =
      new ChartText(
          "example-lab/launch-week: stars per day, November 2018",
          "+1,309 stars in November 2018; the most on day 9: 410.",
          "stars per day",
          "running total");

  static final String GOLDEN = "star-chart-2018-11.svg";

  @Test
  void drawsTheLaunchMonthExactlyAsTheGoldenFile() throws IOException {
    String svg = StarChart.svg("example-lab/launch-week", LAUNCH_TEXT, LAUNCH);
    Path written = Path.of("target", "golden-actual", GOLDEN);
    Files.createDirectories(written.getParent());
    Files.writeString(written, svg, StandardCharsets.UTF_8);
    assertThat(svg).isEqualTo(golden(GOLDEN));
  }

  @Test
  void theSameFiguresGiveTheSameBytesWhateverTheDefaultLocale() {
    String root = StarChart.svg("a/b", LAUNCH_TEXT, LAUNCH);
    Locale before = Locale.getDefault();
    try {
      for (Locale l : List.of(Locale.GERMANY, Locale.forLanguageTag("ar-EG"), Locale.FRANCE)) {
        Locale.setDefault(l);
        assertThat(StarChart.svg("a/b", LAUNCH_TEXT, LAUNCH)).as(l.toString()).isEqualTo(root);
      }
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void aScreenReaderGetsTheTitleAndTheDescription() throws Exception {
    Element svg = parse(StarChart.svg("example-lab/launch-week", LAUNCH_TEXT, LAUNCH));

    assertThat(svg.getTagName()).isEqualTo("svg");
    assertThat(svg.getAttribute("role")).isEqualTo("img");
    Element title = (Element) svg.getElementsByTagName("title").item(0);
    Element desc = (Element) svg.getElementsByTagName("desc").item(0);
    assertThat(title.getTextContent()).isEqualTo(LAUNCH_TEXT.title());
    assertThat(desc.getTextContent()).isEqualTo(LAUNCH_TEXT.description());
    assertThat(svg.getAttribute("aria-labelledby"))
        .isEqualTo(title.getAttribute("id") + " " + desc.getAttribute("id"));
    assertThat(title.getAttribute("id")).isEqualTo("star-chart-example-lab_launch-week-title");
  }

  @Test
  void needsNothingOutsideItselfAndScalesFromItsNaturalSize() throws Exception {
    String text = StarChart.svg("a/b", LAUNCH_TEXT, LAUNCH);
    Element svg = parse(text);

    assertThat(svg.getAttribute("width")).isEqualTo("600");
    assertThat(svg.getAttribute("height")).isEqualTo("260");
    assertThat(svg.getAttribute("viewBox")).isEqualTo("0 0 600 260");
    assertThat(svg.getAttribute("font-family")).isEqualTo("sans-serif");
    assertThat(text)
        .doesNotContain(
            "<script",
            "href",
            "url(",
            "@import",
            "@font-face",
            "<style",
            "<image",
            "<foreignObject",
            "<a ");
    assertThat(text.replace("xmlns=\"http://www.w3.org/2000/svg\"", "")).doesNotContain("http");
    // Readable at 600 px: no text smaller than 11 px.
    NodeList texts = svg.getElementsByTagName("text");
    for (int i = 0; i < texts.getLength(); i++) {
      assertThat(Double.parseDouble(((Element) texts.item(i)).getAttribute("font-size")))
          .isGreaterThanOrEqualTo(11);
    }
  }

  @Test
  void eachDayWithStarsIsABarAsTallAsItsStars() throws Exception {
    Element svg = parse(StarChart.svg("a/b", LAUNCH_TEXT, LAUNCH));

    List<double[]> bars = bars(svg);
    assertThat(bars).hasSize((int) LAUNCH.stream().filter(d -> d > 0).count());
    // Heights in proportion to the days' stars (to the written decimal): day 9 (410) and day 10.
    double perStar = bars.get(8)[1] / 410.0;
    assertThat(bars.get(9)[1]).isCloseTo(260 * perStar, org.assertj.core.data.Offset.offset(0.1));
    assertThat(bars.get(0)[1]).isCloseTo(2 * perStar, org.assertj.core.data.Offset.offset(0.1));
    // Left to right, one slot a day, the tallest day reaching the round maximum's share: 410 of
    // 500 (5 steps of 100).
    for (int i = 1; i < bars.size(); i++) {
      assertThat(bars.get(i)[0]).isGreaterThan(bars.get(i - 1)[0]);
    }
    assertThat(bars.get(8)[1])
        .isCloseTo(158 * 410 / 500.0, org.assertj.core.data.Offset.offset(0.1));
  }

  @Test
  void theLineRisesFromZeroToTheMonthsTotalAfterTheLastDay() throws Exception {
    Element svg = parse(StarChart.svg("a/b", LAUNCH_TEXT, LAUNCH));

    double[][] points = points(svg);
    assertThat(points).hasNumberOfRows(LAUNCH.size() + 1);
    assertThat(points[0]).containsExactly(56.0, 220.0);
    for (int i = 1; i < points.length; i++) {
      assertThat(points[i][1]).isLessThanOrEqualTo(points[i - 1][1]); // never falls
    }
    // The right axis: 0 to 2,500 in the bars' 5 steps; 1,309 stars after the 30th.
    assertThat(points[30][0]).isEqualTo(544.0);
    assertThat(points[30][1])
        .isCloseTo(220 - 158 * 1309 / 2500.0, org.assertj.core.data.Offset.offset(0.1));
  }

  @Test
  void monthsOfTwentyEightAndThirtyOneDaysFillTheSameWidth() throws Exception {
    for (int length : new int[] {28, 31}) {
      List<Integer> days = Collections.nCopies(length, 5);
      double[][] points = points(parse(StarChart.svg("a/b", LAUNCH_TEXT, days)));
      assertThat(points).hasNumberOfRows(length + 1);
      assertThat(points[length][0]).isEqualTo(544.0);
      assertThat(bars(parse(StarChart.svg("a/b", LAUNCH_TEXT, days)))).hasSize(length);
    }
  }

  @Test
  void aMonthWithoutStarsHasNoBarsAndAFlatLine() throws Exception {
    Element svg = parse(StarChart.svg("a/b", LAUNCH_TEXT, Collections.nCopies(30, 0)));

    assertThat(bars(svg)).isEmpty();
    for (double[] p : points(svg)) {
      assertThat(p[1]).isEqualTo(220.0);
    }
  }

  @Test
  void theWordsAreEscapedForXml() throws Exception {
    ChartText hostile =
        new ChartText("a<b & \"c\" 'd'\u0007", "</desc><script>x</script>", "<", ">");
    String text = StarChart.svg("a/b", hostile, LAUNCH);

    Element svg = parse(text);
    assertThat(svg.getElementsByTagName("title").item(0).getTextContent())
        .isEqualTo("a<b & \"c\" 'd'");
    assertThat(svg.getElementsByTagName("desc").item(0).getTextContent())
        .isEqualTo("</desc><script>x</script>");
    assertThat(text).doesNotContain("<script");
  }

  static String golden(String name) throws IOException {
    try (InputStream in = StarChartTest.class.getResourceAsStream("/golden/" + name)) {
      assertThat(in).as("golden file " + name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Element parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document doc =
        factory
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    return doc.getDocumentElement();
  }

  /** Each bar's x and height, left to right. */
  private static List<double[]> bars(Element svg) {
    List<double[]> bars = new ArrayList<>();
    NodeList groups = svg.getElementsByTagName("g");
    for (int g = 0; g < groups.getLength(); g++) {
      Element group = (Element) groups.item(g);
      if (!StarChart.BAR_COLOUR.equals(group.getAttribute("fill"))) {
        continue;
      }
      NodeList rects = group.getElementsByTagName("rect");
      for (int i = 0; i < rects.getLength(); i++) {
        Element r = (Element) rects.item(i);
        bars.add(
            new double[] {
              Double.parseDouble(r.getAttribute("x")), Double.parseDouble(r.getAttribute("height"))
            });
      }
    }
    return bars;
  }

  private static double[][] points(Element svg) {
    Element line = (Element) svg.getElementsByTagName("polyline").item(0);
    String[] pairs = line.getAttribute("points").split(" ");
    double[][] points = new double[pairs.length][];
    for (int i = 0; i < pairs.length; i++) {
      String[] xy = pairs[i].split(",");
      points[i] = new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])};
    }
    return points;
  }
}
