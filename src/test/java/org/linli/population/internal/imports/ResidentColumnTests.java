package org.linli.population.internal.imports;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResidentColumnTests {

	@Test
	void findsColumnsUnderTheNamesDepartmentsSheetsGiveThem() {
		var columns = ResidentColumn
			.map(List.of("序号", "* 姓 名", "公民身份号码", "手机号码", "人口类型（必填）", "社区编码\n(12位)", "工作单位（服务处所）", "出生日期(yyyy-mm-dd)"));
		assertThat(columns).containsEntry(ResidentColumn.NAME, 1)
			.containsEntry(ResidentColumn.ID_CARD, 2)
			.containsEntry(ResidentColumn.PHONE, 3)
			.containsEntry(ResidentColumn.RESIDENCE_TYPE, 4)
			.containsEntry(ResidentColumn.COMMUNITY_CODE, 5)
			.containsEntry(ResidentColumn.EMPLOYER, 6)
			.containsEntry(ResidentColumn.BIRTH_DATE, 7);
	}

	@Test
	void aDocumentNumberColumnStandsForTheIdCardColumn() {
		assertThat(ResidentColumn.map(List.of("姓名", "证件类型", "证件号码", "居住类型", "社区代码")))
			.containsEntry(ResidentColumn.DOCUMENT_NUMBER, 2)
			.doesNotContainKey(ResidentColumn.ID_CARD);
	}

	@Test
	void stillNamesTheFirstMissingRequiredColumn() {
		assertThatThrownBy(() -> ResidentColumn.map(List.of("姓名", "身份证号码", "居住类型"))).isInstanceOf(ImportRejected.class)
			.extracting(ex -> ((ImportRejected) ex).error().args())
			.isEqualTo(List.of("社区代码", "communityCode"));
	}

}
