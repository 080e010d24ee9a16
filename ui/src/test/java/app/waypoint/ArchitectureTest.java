package app.waypoint;

import app.waypoint.base.ui.DateField;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.component.datepicker.DatePicker;
import jakarta.persistence.Entity;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The module and package rules of DESIGN.md, checked on the compiled application. */
@AnalyzeClasses(packages = "app.waypoint", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layersDependDownwardOnly = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("ui").definedBy("app.waypoint..ui..")
            .layer("service").definedBy("app.waypoint..service..")
            .layer("domain").definedBy("app.waypoint..domain..")
            .whereLayer("ui").mayNotBeAccessedByAnyLayer()
            .whereLayer("service").mayOnlyBeAccessedByLayers("ui")
            .whereLayer("domain").mayOnlyBeAccessedByLayers("service", "ui");

    @ArchTest
    static final ArchRule viewsNeverTouchRepositories = noClasses().that().resideInAPackage("app.waypoint..ui..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class)
            .because("views call services; services own the data");

    @ArchTest
    static final ArchRule viewsNeverHandleEntities = noClasses().that().resideInAPackage("app.waypoint..ui..")
            .should().dependOnClassesThat().areAnnotatedWith(Entity.class)
            .because("services hand views records, not persistent entities");

    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().matching("app.waypoint.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule everyServiceChecksItsCaller = classes().that().areAnnotatedWith(Service.class)
            .should().beAnnotatedWith(PreAuthorize.class);

    @ArchTest
    static final ArchRule packagesFollowFeatureAndLayer = classes().that().resideOutsideOfPackage("app.waypoint")
            .should().resideInAnyPackage("app.waypoint.*.ui..", "app.waypoint.*.service..", "app.waypoint.*.domain..")
            .because("every class lives in app.waypoint.<feature>.<layer>");

    @ArchTest
    static final ArchRule everyDatePickerFollowsThePersonsLanguage = noClasses().that()
            .doNotBelongToAnyOf(DateField.class)
            .should().callConstructorWhere(target(owner(equivalentTo(DatePicker.class))))
            .because("a plain DatePicker opens in English; DateField speaks the person's language");
}
