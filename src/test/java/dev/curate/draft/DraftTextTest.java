package dev.curate.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DraftTextTest {

  @Test
  void everyLanguageHasEveryText() {
    assertThat(DraftText.of(Language.ZH).asMap().keySet())
        .isEqualTo(DraftText.of(Language.EN).asMap().keySet());
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void textsShownInsideCommentsCannotEndThem(Language language) {
    DraftText text = DraftText.of(language);
    for (String key :
        new String[] {
          "introPrompt",
          "archivePrompt",
          "archiveLinkPrompt",
          "repoPrompt",
          "threadPrompt",
          "endNotesPrompt",
          "footerPrompt",
          "area",
          "kind",
          "flag",
          "yourNote"
        }) {
      assertThat(text.get(key))
          .as(key)
          .doesNotContain("--", ">")
          .isEqualTo(HtmlComment.safe(text.get(key)));
    }
  }

  @Test
  void namesMonthsAndCountsInEachLanguage() {
    assertThat(DraftText.of(Language.EN).month(YearMonth.of(2018, 11))).isEqualTo("November 2018");
    assertThat(DraftText.of(Language.ZH).month(YearMonth.of(2018, 11))).isEqualTo("2018 年 11 月");
    assertThat(DraftText.of(Language.EN).count("stars", 1)).isEqualTo("1 star");
    assertThat(DraftText.of(Language.EN).count("stars", 4210)).isEqualTo("4,210 stars");
    assertThat(DraftText.of(Language.ZH).count("comments", 110)).isEqualTo("110 条评论");
  }

  @Test
  void theChineseTitleNamesTheCountOnlyWhenItIsTrueOfBothSections() {
    assertThat(DraftText.of(Language.ZH).title(YearMonth.of(2018, 11), 5))
        .isEqualTo("5 个最佳机器学习 GitHub 仓库和 Reddit 讨论(2018 年 11 月)");
    assertThat(DraftText.of(Language.ZH).title(YearMonth.of(2018, 11), 0))
        .isEqualTo("最佳机器学习 GitHub 仓库和 Reddit 讨论(2018 年 11 月)");
  }

  @Test
  void parsesTheLanguageTagsOfLang() {
    assertThat(Language.fromTag("zh")).isEqualTo(Language.ZH);
    assertThat(Language.fromTag(" EN ")).isEqualTo(Language.EN);
    assertThatThrownBy(() -> Language.fromTag("fr"))
        .hasMessage("'fr' is not a draft language: use en or zh");
  }
}
