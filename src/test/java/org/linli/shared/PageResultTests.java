package org.linli.shared;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageResultTests {

	@Test
	void anExactTotalGivesThePagesAndTheLastHasNoNext() {
		PageResult<String> page = new PageResult<>(List.of("a"), 2, 20, 41);
		assertThat(page.totalExact()).isTrue();
		assertThat(page.pages()).isEqualTo(3);
		assertThat(page.hasNext()).isFalse();
		assertThat(page.hasPrevious()).isTrue();
	}

	@Test
	void aCappedTotalAlwaysLeavesAPageAfterTheCountedOnes() {
		PageResult<String> page = PageResult.moreThan(List.of("a"), 49, 20, 1000);
		assertThat(page.totalExact()).isFalse();
		assertThat(page.pages()).isEqualTo(51);
		assertThat(page.hasNext()).isTrue();
		assertThat(PageResult.moreThan(List.of("a"), 50, 20, 1020).hasNext()).isTrue();
	}

	@Test
	void mappingKeepsWhetherTheTotalIsExact() {
		assertThat(PageResult.moreThan(List.of(1), 0, 20, 1000).map(String::valueOf).totalExact()).isFalse();
		assertThat(new PageResult<>(List.of(1), 0, 20, 1).map(String::valueOf).totalExact()).isTrue();
	}

}
