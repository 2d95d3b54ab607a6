package org.linli.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhoneNumberTests {

	@Test
	void normalisesMobileNumbersWrittenWithPrefixSpacesAndHyphens() {
		assertThat(PhoneNumber.parse("+86 138-0562-1234").value()).isEqualTo("13805621234");
		assertThat(PhoneNumber.parse(" 13805621234 ").value()).isEqualTo("13805621234");
	}

	@Test
	void acceptsLandlinesWithAreaCode() {
		assertThat(PhoneNumber.parse("0562-2881234").value()).isEqualTo("0562-2881234");
	}

	@Test
	void rejectsNumbersThatAreNotPhones() {
		assertThatThrownBy(() -> PhoneNumber.parse("12805621234")).isInstanceOf(InvalidInputException.class)
			.extracting(e -> ((DomainException) e).field())
			.isEqualTo("phone");
		assertThatThrownBy(() -> PhoneNumber.parse("1380562123")).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> PhoneNumber.parse("abc")).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void masksAllButFirstThreeAndLastFour() {
		assertThat(PhoneNumber.parse("13805621234").masked()).isEqualTo("138****1234");
	}

}
