package dev.curate;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering of docs/architecture.md, checked: arrows point down, never back up. */
@AnalyzeClasses(packages = "dev.curate", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest
  static final ArchRule sqlOnlyInStore =
      noClasses().that().resideOutsideOfPackage("dev.curate.store..")
          .should().dependOnClassesThat().resideInAPackage("java.sql..");

  @ArchTest
  static final ArchRule picocliOnlyInCli =
      noClasses().that().resideOutsideOfPackage("dev.curate.cli..").and().doNotHaveFullyQualifiedName("dev.curate.Main")
          .should().dependOnClassesThat().resideInAPackage("picocli..");

  @ArchTest
  static final ArchRule rankAndDraftDoNoIo =
      noClasses().that().resideInAnyPackage("dev.curate.rank..", "dev.curate.draft..", "dev.curate.enrich..")
          .should().dependOnClassesThat().resideInAnyPackage(
              "okhttp3..", "org.kohsuke..", "dev.curate.http..", "dev.curate.github..",
              "dev.curate.reddit..", "dev.curate.store..", "dev.curate.workflow..", "dev.curate.cli..");

  @ArchTest
  static final ArchRule sourcesDoNotKnowEachOtherOrTheStore =
      noClasses().that().resideInAPackage("dev.curate.github..")
          .should().dependOnClassesThat().resideInAnyPackage("dev.curate.reddit..", "dev.curate.store..", "dev.curate.workflow..", "dev.curate.cli..");

  @ArchTest
  static final ArchRule redditDoesNotKnowGitHubOrTheStore =
      noClasses().that().resideInAPackage("dev.curate.reddit..")
          .should().dependOnClassesThat().resideInAnyPackage("dev.curate.github..", "org.kohsuke..", "dev.curate.store..", "dev.curate.workflow..", "dev.curate.cli..");

  @ArchTest
  static final ArchRule storeKnowsNoHttp =
      noClasses().that().resideInAPackage("dev.curate.store..")
          .should().dependOnClassesThat().resideInAnyPackage("okhttp3..", "dev.curate.http..", "dev.curate.github..", "dev.curate.reddit..", "dev.curate.workflow..", "dev.curate.cli..");

  @ArchTest
  static final ArchRule modelDependsOnNothingOfOurs =
      noClasses().that().resideInAPackage("dev.curate.model..")
          .should().dependOnClassesThat().resideInAnyPackage(
              "dev.curate.cli..", "dev.curate.config..", "dev.curate.http..", "dev.curate.github..",
              "dev.curate.reddit..", "dev.curate.store..", "dev.curate.rank..", "dev.curate.draft..", "dev.curate.workflow..",
              "dev.curate.enrich..");

  @ArchTest
  static final ArchRule workflowDoesNotKnowTheCli =
      noClasses().that().resideInAPackage("dev.curate.workflow..")
          .should().dependOnClassesThat().resideInAPackage("dev.curate.cli..");
}
