package io.campaigngateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The dependency rules of the layout: the core knows no web and no provider; providers know no other provider. */
class ArchitectureTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		// Spring AOT's generated bean definitions (Foo__BeanDefinitions) wire every layer together by design
		.withImportOption(location -> !location.contains("__"))
		.importPackages("io.campaigngateway");

	@Test
	void theCoreKnowsNoWebNoSpringAndNoProvider() {
		noClasses().that().resideInAPackage("..campaign..")
			.should().dependOnClassesThat().resideInAnyPackage("..api..", "..provider..", "..config..",
					"org.springframework..", "jakarta.servlet..")
			.check(CLASSES);
	}

	@Test
	void providersDoNotKnowEachOtherOrTheWebLayer() {
		for (String provider : new String[] { "toingg", "voxo", "exotel" }) {
			noClasses().that().resideInAPackage("..provider." + provider + "..")
				.should().dependOnClassesThat().resideInAnyPackage(otherProviders(provider))
				.check(CLASSES);
		}
		noClasses().that().resideInAPackage("..provider..")
			.should().dependOnClassesThat().resideInAnyPackage("..api..", "..config..")
			.check(CLASSES);
	}

	@Test
	void onlyTheProviderPackagesKnowTheProviders() {
		noClasses().that().resideOutsideOfPackages("..provider.toingg..", "..provider.voxo..", "..provider.exotel..")
			.should().dependOnClassesThat().resideInAnyPackage("..provider.toingg..", "..provider.voxo..", "..provider.exotel..")
			.check(CLASSES);
	}

	@Test
	void theWebLayerReachesProvidersOnlyThroughTheCore() {
		noClasses().that().resideInAPackage("..api..")
			.should().dependOnClassesThat().resideInAPackage("..provider..")
			.check(CLASSES);
	}

	@Test
	void controllersLiveInTheWebLayerOrAreEmulators() {
		classes().that().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
			.should().resideInAPackage("..api..").orShould().haveSimpleNameEndingWith("Sandbox")
			.check(CLASSES);
	}

	private static String[] otherProviders(String provider) {
		return java.util.Arrays.stream(new String[] { "toingg", "voxo", "exotel" })
			.filter(other -> !other.equals(provider))
			.map(other -> "..provider." + other + "..")
			.toArray(String[]::new);
	}
}
