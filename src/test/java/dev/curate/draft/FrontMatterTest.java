package dev.curate.draft;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FrontMatterTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Best Machine Learning GitHub Repositories & Reddit Discussions (November 2018)",
        "5 个最佳机器学习 GitHub 仓库和 Reddit 讨论(2018 年 11 月)",
        "key: value # not a comment",
        "\"quoted\" and 'single' and \\backslash",
        "- looks like a list",
        "* alias-like &anchor !tag {flow} [seq]",
        "yes",
        "2018-12-01",
        "a very long title that goes on and on well past the eighty columns a YAML writer would like to fold at"
      })
  void aYamlReaderGetsTheTitleBackExactly(String title) throws Exception {
    String yaml = FrontMatter.of(title, LocalDate.of(2018, 12, 1));

    assertThat(yaml).startsWith("---\ntitle: \"").endsWith("\n---\n\n");
    assertThat(yaml.lines()).hasSize(6); // five lines, then the blank line before the draft
    JsonNode parsed = new YAMLMapper().readTree(yaml.substring(4, yaml.lastIndexOf("---\n")));
    assertThat(parsed.get("title").textValue()).isEqualTo(title);
    assertThat(parsed.get("date").asText()).isEqualTo("2018-12-01");
    assertThat(parsed.get("tags").toString())
        .isEqualTo("[\"machine-learning\",\"github\",\"reddit\"]");
  }
}
