package org.linli.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TypedNumberTests {

	@Test
	void takesAwayWhatInputMethodsAndSpreadsheetsAddAroundTheDigits() {
		assertThat(TypedNumber.compact("３４０７０２１９９００１０１１２３Ｘ")).isEqualTo("34070219900101123X");
		assertThat(TypedNumber.compact("'340702199001011234")).isEqualTo("340702199001011234");
		assertThat(TypedNumber.compact("=\"340702199001011234\"")).isEqualTo("340702199001011234");
		assertThat(TypedNumber.compact(" 139\u00A00562\u200B0001\t")).isEqualTo("13905620001");
		assertThat(TypedNumber.compact("0562－1234567")).isEqualTo("0562-1234567");
	}

	@Test
	void recognisesANumberASpreadsheetStoredAsAFloat() {
		assertThat(TypedNumber.lostToSpreadsheet("3.40702E+17")).isTrue();
		assertThat(TypedNumber.lostToSpreadsheet("3.40702199001011E17")).isTrue();
		assertThat(TypedNumber.lostToSpreadsheet("340702199001011234")).isFalse();
		assertThat(TypedNumber.lostToSpreadsheet("34070219900101123X")).isFalse();
	}

	@Test
	void idAndPhoneParsingNameTheSpreadsheetAsTheCause() {
		assertThatThrownBy(() -> IdCardNumber.parse("3.40702E+17")).isInstanceOf(InvalidInputException.class)
			.extracting(ex -> ((InvalidInputException) ex).messageKey())
			.isEqualTo("error.idCard.spreadsheetNumber");
		assertThatThrownBy(() -> PhoneNumber.parse("1.39056E+10")).isInstanceOf(InvalidInputException.class)
			.extracting(ex -> ((InvalidInputException) ex).messageKey())
			.isEqualTo("error.phone.spreadsheetNumber");
		String id = "11010519491231002X";
		assertThat(IdCardNumber.parse("１１０１０５１９４９１２３１００２ｘ").value()).isEqualTo(id);
		assertThat(PhoneNumber.parse("＋86 139-0562-0001").value()).isEqualTo("13905620001");
	}

}
