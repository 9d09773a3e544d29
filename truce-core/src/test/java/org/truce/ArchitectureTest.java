package org.truce;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the layering of DESIGN.md visible and enforced: vocabulary, source &lt;- syntax &lt;- model
 * &lt;- timeline / check / ledger / negotiate / monitor / render. A later layer may use an earlier
 * one, never the reverse (render also uses check), and a package's {@code internal} subpackage is
 * used only by that package.
 */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.truce");
  }

  @Test
  void layersDependOneWay() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .withOptionalLayers(true)
        .layer("vocabulary")
        .definedBy("org.truce.vocabulary..")
        .layer("source")
        .definedBy("org.truce.source..")
        .layer("syntax")
        .definedBy("org.truce.syntax..")
        .layer("model")
        .definedBy("org.truce.model..")
        .layer("timeline")
        .definedBy("org.truce.timeline..")
        .layer("check")
        .definedBy("org.truce.check..")
        .layer("table")
        .definedBy("org.truce.table..")
        .layer("ledger")
        .definedBy("org.truce.ledger..")
        .layer("negotiate")
        .definedBy("org.truce.negotiate..")
        .layer("monitor")
        .definedBy("org.truce.monitor..")
        .layer("render")
        .definedBy("org.truce.render..")
        .whereLayer("render")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("negotiate")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("monitor")
        .mayOnlyBeAccessedByLayers("render")
        .whereLayer("check")
        .mayOnlyBeAccessedByLayers("monitor", "render")
        .whereLayer("timeline")
        .mayOnlyBeAccessedByLayers("monitor", "render")
        .whereLayer("table")
        .mayOnlyBeAccessedByLayers("check", "ledger", "negotiate", "monitor", "render")
        .whereLayer("ledger")
        .mayOnlyBeAccessedByLayers("negotiate", "monitor", "render")
        .whereLayer("model")
        .mayOnlyBeAccessedByLayers("timeline", "check", "ledger", "negotiate", "monitor", "render")
        // Only the model reads the syntax tree; the stages after it speak the model and the
        // vocabulary (no exceptions so far: negotiate and render diff and print the model).
        .whereLayer("syntax")
        .mayOnlyBeAccessedByLayers("model")
        .whereLayer("source")
        .mayOnlyBeAccessedByLayers(
            "syntax", "model", "timeline", "check", "ledger", "negotiate", "monitor", "render")
        .whereLayer("vocabulary")
        .mayNotAccessAnyLayer()
        .check(classes);
  }

  @Test
  void internalPackagesStayInternal() {
    for (String owner :
        new String[] {
          "syntax", "model", "timeline", "check", "ledger", "negotiate", "monitor", "render"
        }) {
      String base = "org.truce." + owner;
      noClasses()
          .that()
          .resideOutsideOfPackage(base + "..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage(base + ".internal..")
          .because("the internals of " + owner + " are reached through its public types")
          .allowEmptyShould(true)
          .check(classes);
    }
  }

  @Test
  void stagesAfterTheModelDoNotReadTheSyntaxTree() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "org.truce.timeline..",
            "org.truce.check..",
            "org.truce.ledger..",
            "org.truce.negotiate..",
            "org.truce.monitor..",
            "org.truce.render..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.truce.syntax..")
        .because("they speak the model and the vocabulary; none needs the tree so far")
        .check(classes);
  }

  @Test
  void coreDoesNotPrint() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "org.truce.syntax..",
            "org.truce.model..",
            "org.truce.timeline..",
            "org.truce.check..",
            "org.truce.ledger..",
            "org.truce.table..",
            "org.truce.negotiate..")
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .because("the core returns results; only the command line prints")
        .check(classes);
  }
}
