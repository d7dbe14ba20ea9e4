package dev.curate.cli;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.curate.config.GitHubCredentials;
import dev.curate.config.RedditCredentials;
import dev.curate.github.GitHubSource;
import dev.curate.reddit.RedditSource;
import dev.curate.reddit.api.ThreadComments;
import dev.curate.workflow.DraftService;
import dev.curate.workflow.EditorService;
import dev.curate.workflow.FetchService;
import dev.curate.workflow.PreviewService;
import dev.curate.workflow.PublishService;
import dev.curate.workflow.RankService;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@link AppContext} alone reads credentials from the environment and builds the sources and
 * services, so that no command reads or builds them its own way (several once did).
 */
@AnalyzeClasses(packages = "dev.curate", importOptions = ImportOption.DoNotIncludeTests.class)
class AppContextWiringTest {
  private static final String APP_CONTEXT = "dev.curate.cli.AppContext";

  private static final Set<String> SOURCES_AND_SERVICES =
      Stream.of(
              GitHubSource.class,
              RedditSource.class,
              ThreadComments.class,
              FetchService.class,
              RankService.class,
              EditorService.class,
              PublishService.class,
              DraftService.class,
              PreviewService.class)
          .map(Class::getName)
          .collect(Collectors.toSet());

  private static final DescribedPredicate<JavaClass> SOURCE_OR_SERVICE =
      DescribedPredicate.describe(
          "a source or a service", c -> SOURCES_AND_SERVICES.contains(c.getName()));

  @ArchTest
  static final ArchRule credentialsAreReadOnlyByTheContext =
      noClasses()
          .that()
          .doNotHaveFullyQualifiedName(APP_CONTEXT)
          .should()
          .callMethod(GitHubCredentials.class, "fromEnvironment", Map.class)
          .orShould()
          .callMethod(RedditCredentials.class, "fromEnvironment", Map.class, String.class);

  @ArchTest
  static final ArchRule commandsGetSourcesAndServicesFromTheContext =
      noClasses()
          .that()
          .resideInAPackage("dev.curate.cli..")
          .and()
          .doNotHaveFullyQualifiedName(APP_CONTEXT)
          .should()
          .callConstructorWhere(target(owner(SOURCE_OR_SERVICE)));
}
