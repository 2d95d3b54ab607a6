package org.linli;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules keep to their declared dependencies; their docs are generated under
 * target/spring-modulith-docs.
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(LinliApplication.class);

	@Test
	void modulesOnlyUseEachOthersPublishedApi() {
		modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
	}

}
