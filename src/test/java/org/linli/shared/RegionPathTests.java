package org.linli.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegionPathTests {

	@Test
	void coversItselfAndItsDescendantsOnly() {
		RegionPath street = RegionPath.of(1, 2, 3);
		assertThat(street.covers(RegionPath.of(1, 2, 3))).isTrue();
		assertThat(street.covers(RegionPath.of(1, 2, 3, 40))).isTrue();
		assertThat(street.covers(RegionPath.of(1, 2))).isFalse();
		// A sibling whose id starts with the same digits is not a descendant.
		assertThat(street.covers(RegionPath.of(1, 2, 33))).isFalse();
	}

	@Test
	void knowsItsNodeAndDepth() {
		RegionPath path = new RegionPath("1.22.333");
		assertThat(path.nodeId()).isEqualTo(333);
		assertThat(path.depth()).isEqualTo(3);
		assertThat(path.child(4).value()).isEqualTo("1.22.333.4");
	}

	@Test
	void refusesAnythingButDotSeparatedIds() {
		assertThatThrownBy(() -> new RegionPath("1.2'); drop table x; --"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new RegionPath("")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new RegionPath("1..2")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void theParentOfANodeIsThePathWithoutItsLastLabel() {
		assertThat(new RegionPath("1.4.17").parent()).isEqualTo(new RegionPath("1.4"));
		assertThatThrownBy(() -> new RegionPath("1").parent()).isInstanceOf(IllegalStateException.class);
	}

}
