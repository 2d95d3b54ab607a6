package org.linli;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class DatabasePropertiesTests {

	private static DatabaseProperties with(DataSize sharedBuffers) {
		return new DatabaseProperties(null, null, null, Path.of("data"), false, 20, null, null, sharedBuffers);
	}

	@Test
	void theEmbeddedBufferCacheIsAQuarterOfTheMemoryWithinBoundsUnlessSet() {
		assertThat(with(DataSize.ofMegabytes(512)).embeddedSharedBuffers()).isEqualTo(DataSize.ofMegabytes(512));
		DataSize auto = with(null).embeddedSharedBuffers();
		assertThat(auto.toMegabytes()).isBetween(256L, 2048L);
		long memoryMb = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
			.getOperatingSystemMXBean()).getTotalMemorySize() / (1024 * 1024);
		assertThat(auto.toMegabytes()).isEqualTo(Math.max(256, Math.min(2048, memoryMb / 4)));
	}

}
