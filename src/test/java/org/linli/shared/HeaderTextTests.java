package org.linli.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderTextTests {

	@Test
	void dropsWhatSpreadsheetsAndTemplatesAddAroundAColumnsName() {
		assertThat(HeaderText.bare("*姓名")).isEqualTo("姓名");
		assertThat(HeaderText.bare("姓名*")).isEqualTo("姓名");
		assertThat(HeaderText.bare("※姓名")).isEqualTo("姓名");
		assertThat(HeaderText.bare("人口类型（必填）")).isEqualTo("人口类型");
		assertThat(HeaderText.bare("*出生日期(yyyy-mm-dd)")).isEqualTo("出生日期");
		assertThat(HeaderText.bare(" 公民身份\n号码 ")).isEqualTo("公民身份号码");
		assertThat(HeaderText.bare("\uFEFF姓名\u200B")).isEqualTo("姓名");
		assertThat(HeaderText.bare("面积（㎡）")).isEqualTo("面积");
	}

	@Test
	void readsFullWidthLettersCaseUnderscoresAndHyphensAlike() {
		assertThat(HeaderText.bare("ＲｏｏｍＮｕｍｂｅｒ")).isEqualTo("roomnumber");
		assertThat(HeaderText.bare("room_number")).isEqualTo("roomnumber");
		assertThat(HeaderText.bare("Room-Number")).isEqualTo("roomnumber");
	}

	@Test
	void keepsANoteThatIsTheWholeNameAndReadsNothingAsEmpty() {
		assertThat(HeaderText.bare("(备注)")).isEqualTo("");
		assertThat(HeaderText.bare("工作单位（服务处所）")).isEqualTo("工作单位");
		assertThat(HeaderText.bare(null)).isEmpty();
	}

}
