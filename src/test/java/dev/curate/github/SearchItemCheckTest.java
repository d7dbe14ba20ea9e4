package dev.curate.github;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** One item of our real-shaped search page (search-page-2.json, CSAILVision/gandissect), spoilt one way at a time. */
class SearchItemCheckTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final SearchItemCheck check = new SearchItemCheck(JSON);

  private static ObjectNode gandissect(Consumer<ObjectNode> spoil) throws Exception {
    ObjectNode item = (ObjectNode) JSON.readTree(GitHubStubs.fixture("search-page-2.json")).get("items").get(0).deepCopy();
    spoil.accept(item);
    return item;
  }

  @Test
  void aRealItemIsFit() throws Exception {
    assertThat(check.problem(gandissect(i -> {}))).isEmpty();
  }

  @Test
  void namesTheNestedFieldThatDoesNotFitItsType() throws Exception {
    assertThat(check.problem(gandissect(i -> ((ObjectNode) i.get("owner")).put("id", "not a number"))))
        .hasValue("owner.id \"not a number\" does not fit its type");
  }

  @Test
  void refusesNegativeCountsAndFullNamesThatDisagreeWithOwnerAndName() throws Exception {
    assertThat(check.problem(gandissect(i -> i.put("forks_count", -3)))).hasValue("forks_count -3 is negative");
    assertThat(check.problem(gandissect(i -> i.put("full_name", "someone-else/gandissect"))))
        .hasValue("full_name \"someone-else/gandissect\" does not match its owner.login and name");
    assertThat(check.problem(gandissect(i -> i.putNull("owner")))).get().asString().contains("does not match");
  }

  @Test
  void refusesWhatGitHubApiWouldOnlyFailOnLater() throws Exception {
    assertThat(check.problem(gandissect(i -> i.put("pushed_at", "2018")))).hasValue("pushed_at \"2018\" is not a timestamp");
    assertThat(check.problem(gandissect(i -> i.put("html_url", "github.com/x")))).hasValue("html_url \"github.com/x\" is not a URL");
  }

  @Test
  void anItemThatIsNotAnObjectHasNoId() {
    assertThat(check.rejected(NullNode.getInstance())).hasValueSatisfying(r -> {
      assertThat(r.item()).isEqualTo("a result without an id");
      assertThat(r.problem()).isEqualTo("not a JSON object");
    });
  }

  @Test
  void aShownValueIsShortAndPrintable() {
    assertThat(SearchItemCheck.shown(JSON.getNodeFactory().textNode("\u001B]0;owned\u0007" + "x".repeat(60))))
        .hasSize(41).doesNotContain("\u001B", "\u0007");
  }
}
