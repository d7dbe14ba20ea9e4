package dev.curate;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering of docs/architecture.md, checked: each layer says what it may use, so that a
 * dependency nobody allowed fails, whatever package it goes to. A class in no layer fails too: a
 * new package (a new source) is given its layer, and what it may use, here.
 *
 * <p>The libraries that carry a layer's job are layers of their own (SQL, picocli, OkHttp,
 * github-api), so "only the store speaks SQL" is the store's permission, not a ban on the others.
 * They are optional layers because only curate's classes are imported.
 */
@AnalyzeClasses(packages = "dev.curate", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  private static final String MAIN = "Main";
  private static final String CLI = "Cli";
  private static final String WORKFLOW = "Workflow";
  private static final String DOCTOR = "Doctor";
  private static final String GITHUB = "GitHub";
  private static final String REDDIT = "Reddit";
  private static final String EVENTS = "Events";
  private static final String STORE = "Store";
  private static final String RANK = "Rank";
  private static final String DRAFT = "Draft";
  private static final String ENRICH = "Enrich";
  private static final String CHART = "Chart";
  private static final String PREVIEW = "Preview";
  private static final String HTTP = "Http";
  private static final String CONFIG = "Config";
  private static final String FILES = "Files";
  private static final String PLAN = "Plan";
  private static final String MODEL = "Model";
  private static final String ERRORS = "Errors";
  private static final String SQL = "SQL";
  private static final String PICOCLI = "picocli";
  private static final String OKHTTP = "OkHttp";
  private static final String GITHUB_API = "github-api";

  @ArchTest
  static final ArchRule layers =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .ensureAllClassesAreContainedInArchitecture()
          .layer(MAIN)
          .definedBy("dev.curate")
          .layer(CLI)
          .definedBy("dev.curate.cli..")
          .layer(WORKFLOW)
          .definedBy("dev.curate.workflow..")
          .layer(DOCTOR)
          .definedBy("dev.curate.doctor..")
          .layer(GITHUB)
          .definedBy("dev.curate.github..")
          .layer(REDDIT)
          .definedBy("dev.curate.reddit..")
          .layer(EVENTS)
          .definedBy("dev.curate.events..")
          .layer(STORE)
          .definedBy("dev.curate.store..")
          .layer(RANK)
          .definedBy("dev.curate.rank..")
          .layer(DRAFT)
          .definedBy("dev.curate.draft..")
          .layer(ENRICH)
          .definedBy("dev.curate.enrich..")
          .layer(CHART)
          .definedBy("dev.curate.chart..")
          .layer(PREVIEW)
          .definedBy("dev.curate.preview..")
          .layer(HTTP)
          .definedBy("dev.curate.http..")
          .layer(CONFIG)
          .definedBy("dev.curate.config..")
          .layer(FILES)
          .definedBy("dev.curate.files..")
          .layer(PLAN)
          .definedBy("dev.curate.plan..")
          .layer(MODEL)
          .definedBy("dev.curate.model..")
          .layer(ERRORS)
          .definedBy("dev.curate.error..")
          .optionalLayer(SQL)
          .definedBy("java.sql..", "javax.sql..", "org.sqlite..")
          .optionalLayer(PICOCLI)
          .definedBy("picocli..")
          .optionalLayer(OKHTTP)
          .definedBy("okhttp3..", "okio..")
          .optionalLayer(GITHUB_API)
          .definedBy("org.kohsuke..")

          // The launcher runs the command line, and only it.
          .whereLayer(MAIN)
          .mayOnlyAccessLayers(CLI, PICOCLI)
          // Commands parse, build services and print: everything but SQL and github-api, which
          // they reach through the store and the GitHub source.
          .whereLayer(CLI)
          .mayOnlyAccessLayers(
              WORKFLOW, DOCTOR, GITHUB, REDDIT, EVENTS, STORE, RANK, DRAFT, ENRICH, CHART, HTTP,
              CONFIG, FILES, PLAN, MODEL, ERRORS, PICOCLI, OKHTTP)
          // The use cases: sources, store, rank and draft, never the command line nor HTTP itself.
          .whereLayer(WORKFLOW)
          .mayOnlyAccessLayers(
              GITHUB, REDDIT, EVENTS, STORE, RANK, DRAFT, ENRICH, PREVIEW, CONFIG, FILES, MODEL,
              ERRORS)
          // The set-up check: asks each source's own client, and whether an endpoint answers at
          // all on the shared stack; no store, no rank, no command line.
          .whereLayer(DOCTOR)
          .mayOnlyAccessLayers(GITHUB, REDDIT, EVENTS, HTTP, CONFIG, MODEL, ERRORS, OKHTTP)
          // Sources know their own API over the shared HTTP stack, and may use enrich's pure text
          // helpers and the local-file helpers (dumps are read line by line); not each other, not
          // the store. Each answers for its own plan.
          .whereLayer(GITHUB)
          .mayOnlyAccessLayers(HTTP, ENRICH, CONFIG, PLAN, MODEL, ERRORS, OKHTTP, GITHUB_API)
          .whereLayer(REDDIT)
          .mayOnlyAccessLayers(HTTP, ENRICH, CONFIG, FILES, PLAN, MODEL, ERRORS, OKHTTP)
          // GH Archive's events, from ClickHouse over the shared stack or from local hour files.
          .whereLayer(EVENTS)
          .mayOnlyAccessLayers(HTTP, CONFIG, FILES, PLAN, MODEL, ERRORS, OKHTTP)
          // The store alone speaks SQL, and knows no HTTP.
          .whereLayer(STORE)
          .mayOnlyAccessLayers(ENRICH, FILES, MODEL, ERRORS, SQL)
          // Rank, draft and enrich are decisions and text: no I/O but the draft's template files.
          .whereLayer(RANK)
          .mayOnlyAccessLayers(CONFIG, MODEL, ERRORS)
          .whereLayer(DRAFT)
          .mayOnlyAccessLayers(ENRICH, CHART, FILES, MODEL, ERRORS)
          .whereLayer(ENRICH)
          .mayOnlyAccessLayers(MODEL)
          // Pictures of figures (SVG charts, terminal sparklines): numbers and words in, text out.
          .whereLayer(CHART)
          .mayNotAccessAnyLayer()
          // The draft as an HTML page: Markdown in, HTML out; the images it is given, no files.
          .whereLayer(PREVIEW)
          .mayNotAccessAnyLayer()
          // The HTTP stack knows no API's meaning.
          .whereLayer(HTTP)
          .mayOnlyAccessLayers(CONFIG, MODEL, ERRORS, OKHTTP)
          .whereLayer(CONFIG)
          .mayOnlyAccessLayers(FILES, MODEL, ERRORS)
          .whereLayer(FILES)
          .mayNotAccessAnyLayer()
          // What a source would request: URL templates (OkHttp's HttpUrl) and bounds, no I/O.
          .whereLayer(PLAN)
          .mayOnlyAccessLayers(OKHTTP)
          // Records shared by all, and the errors everyone may raise.
          .whereLayer(MODEL)
          .mayOnlyAccessLayers(ERRORS)
          .whereLayer(ERRORS)
          .mayNotAccessAnyLayer();

  @ArchTest
  static final ArchRule packagesFormNoCycle =
      slices().matching("dev.curate.(*)..").should().beFreeOfCycles();
}
