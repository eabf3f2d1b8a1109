package io.campaigngateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.Optional;
import java.util.Set;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of the layout. The model knows no web, no Spring and no provider; the service knows
 * providers only through their SPI; a provider is one package under {@code provider/} that nothing else imports
 * and that imports no other provider — whatever providers there are, none is named here.
 */
class ArchitectureTests {

	private static final String BASE = "io.campaigngateway.";

	/** The packages under provider/ that are shared by providers, not providers themselves. */
	private static final Set<String> SHARED = Set.of("spi", "http");

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		// Spring AOT's generated bean definitions (Foo__BeanDefinitions) wire every layer together by design
		.withImportOption(location -> !location.contains("__"))
		.importPackages("io.campaigngateway");

	@Test
	void theModelKnowsNoWebNoSpringNoReactorAndNoOtherLayer() {
		noClasses().that().resideInAPackage(BASE + "campaign..")
			.should().dependOnClassesThat().resideInAnyPackage("..api..", "..service..", "..provider..", "..config..",
					"..idempotency..", "org.springframework..", "jakarta.servlet..", "reactor..")
			.check(CLASSES);
	}

	@Test
	void theServiceKnowsProvidersOnlyThroughTheirSpiAndNoWeb() {
		noClasses().that().resideInAPackage(BASE + "service..")
			.should().dependOnClassesThat().resideInAnyPackage("..api..", "..provider.http..", "..config..",
					"org.springframework..", "jakarta.servlet..", "reactor..")
			.orShould(dependOnAProvider())
			.check(CLASSES);
	}

	@Test
	void providersDoNotKnowEachOther() {
		SlicesRuleDefinition.slices().assignedFrom(PROVIDERS).should().notDependOnEachOther().check(CLASSES);
	}

	@Test
	void nothingOutsideAProvidersPackageImportsIt() {
		classes().should(dependOnNoProviderButTheirOwn()).check(CLASSES);
	}

	@Test
	void providersUseTheSpiNotTheSharedClientsInsidesNorTheWebLayer() {
		noClasses().that(resideInAProvider())
			.should().dependOnClassesThat().resideInAnyPackage("..provider.http..", "..api..", "..service..",
					"..config..", "..idempotency..")
			.check(CLASSES);
	}

	@Test
	void theSpiAndTheSharedClientKnowNoProvider() {
		noClasses().that().resideInAnyPackage("..provider.spi..", "..provider.http..")
			.should(dependOnAProvider())
			.check(CLASSES);
	}

	@Test
	void theWebLayerReachesProvidersOnlyThroughTheServiceAndTheSpi() {
		noClasses().that().resideInAPackage(BASE + "api..")
			.should().dependOnClassesThat().resideInAnyPackage("..provider.http..")
			.orShould(dependOnAProvider())
			.check(CLASSES);
	}

	@Test
	void onlyTheWiringKnowsTheSharedStore() {
		noClasses().that().resideOutsideOfPackages(BASE + "store..", BASE + "config..")
			.should().dependOnClassesThat().resideInAPackage(BASE + "store..")
			.check(CLASSES);
	}

	@Test
	void theSharedStoreImplementsTheSeamsAndKnowsNoWebNoWiringAndNoProvider() {
		noClasses().that().resideInAPackage(BASE + "store..")
			.should().dependOnClassesThat().resideInAnyPackage("..api..", "..config..", "jakarta.servlet..",
					"org.springframework.web..")
			.orShould(dependOnAProvider())
			.check(CLASSES);
	}

	@Test
	void controllersLiveInTheWebLayerOrAreEmulators() {
		classes().that().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
			.should().resideInAPackage(BASE + "api..").orShould().haveSimpleNameEndingWith("Sandbox")
			.check(CLASSES);
	}

	/** {@code io.campaigngateway.provider.<name>..} for every name but the shared packages. */
	private static Optional<String> provider(JavaClass type) {
		String prefix = BASE + "provider.";
		if (!type.getPackageName().startsWith(prefix)) {
			return Optional.empty();
		}
		String name = type.getPackageName().substring(prefix.length()).split("\\.")[0];
		return SHARED.contains(name) ? Optional.empty() : Optional.of(name);
	}

	private static final SliceAssignment PROVIDERS = new SliceAssignment() {
		@Override
		public SliceIdentifier getIdentifierOf(JavaClass type) {
			return provider(type).map(SliceIdentifier::of).orElse(SliceIdentifier.ignore());
		}

		@Override
		public String getDescription() {
			return "the providers under io.campaigngateway.provider";
		}
	};

	private static com.tngtech.archunit.base.DescribedPredicate<JavaClass> resideInAProvider() {
		return com.tngtech.archunit.base.DescribedPredicate.describe("reside in a provider's package",
				type -> provider(type).isPresent());
	}

	private static ArchCondition<JavaClass> dependOnAProvider() {
		return new ArchCondition<>("depend on a provider's package") {
			@Override
			public void check(JavaClass type, ConditionEvents events) {
				for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
					if (provider(dependency.getTargetClass()).isPresent()) {
						events.add(SimpleConditionEvent.satisfied(type, dependency.getDescription()));
						return;
					}
				}
				events.add(SimpleConditionEvent.violated(type, type.getName() + " depends on no provider"));
			}
		};
	}

	private static ArchCondition<JavaClass> dependOnNoProviderButTheirOwn() {
		return new ArchCondition<>("depend on no provider's package but their own") {
			@Override
			public void check(JavaClass type, ConditionEvents events) {
				Optional<String> own = provider(type);
				for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
					Optional<String> target = provider(dependency.getTargetClass());
					if (target.isPresent() && !target.equals(own)) {
						events.add(SimpleConditionEvent.violated(type, dependency.getDescription()));
					}
				}
			}
		};
	}
}
