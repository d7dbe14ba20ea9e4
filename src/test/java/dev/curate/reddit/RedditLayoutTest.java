package dev.curate.reddit;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The three Reddit sources know nothing of each other: each reads posts its own way into what
 * {@code reddit.post} binds, and only {@link RedditSource} chooses among them. So a fourth (say,
 * another archive) is a package of its own plus a branch in {@code RedditSource}.
 */
@AnalyzeClasses(
    packages = "dev.curate.reddit",
    importOptions = ImportOption.DoNotIncludeTests.class)
class RedditLayoutTest {
  @ArchTest
  static final ArchRule sourcesMeetOnlyInRedditSource =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("choice")
          .definedBy("dev.curate.reddit")
          .layer("api")
          .definedBy("dev.curate.reddit.api..")
          .layer("archive")
          .definedBy("dev.curate.reddit.archive..")
          .layer("dump")
          .definedBy("dev.curate.reddit.dump..")
          .layer("post")
          .definedBy("dev.curate.reddit.post..")
          .whereLayer("choice")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("api")
          .mayOnlyBeAccessedByLayers("choice")
          .whereLayer("archive")
          .mayOnlyBeAccessedByLayers("choice")
          .whereLayer("dump")
          .mayOnlyBeAccessedByLayers("choice")
          .whereLayer("post")
          .mayOnlyBeAccessedByLayers("choice", "api", "archive", "dump");
}
