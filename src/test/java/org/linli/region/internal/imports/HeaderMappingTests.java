package org.linli.region.internal.imports;

import org.linli.shared.TextEncoding;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderMappingTests {

	@Test
	void matchesChineseHeadersEnglishAliasesAndLooseSpellings() {
		HeaderMapping mapping = HeaderMapping
			.of(Arrays.asList(" 街道代码 ", "STREET_NAME", "备注", null, "面积（㎡）", "房  号", "communityCode*", "Grid Number"));
		assertThat(mapping.cell(List.of("340705001", "x", "", "", "89.5", "101", "c", "7"), ImportColumn.AREA))
			.isEqualTo("89.5");
		assertThat(mapping.has(ImportColumn.STREET_CODE)).isTrue();
		assertThat(mapping.has(ImportColumn.STREET_NAME)).isTrue();
		assertThat(mapping.has(ImportColumn.ROOM_NUMBER)).isTrue();
		assertThat(mapping.has(ImportColumn.COMMUNITY_CODE)).isTrue();
		assertThat(mapping.has(ImportColumn.GRID_NUMBER)).isTrue();
		assertThat(mapping.headerText(ImportColumn.AREA)).isEqualTo("面积（㎡）");
		assertThat(mapping.headerText(ImportColumn.FLOORS)).isEqualTo("层数");
	}

	@Test
	void listsTheRequiredHeadersThatAreMissing() {
		List<String> headers = new ArrayList<>(ImportTemplates.headers());
		headers.remove("房号");
		headers.remove("层数");
		assertThat(HeaderMapping.of(headers).missing()).containsExactly(ImportColumn.ROOM_NUMBER);
		assertThat(HeaderMapping.of(ImportTemplates.headers()).missing()).isEmpty();
	}

	@Test
	void blankCellsReadAsNull() {
		HeaderMapping mapping = HeaderMapping.of(List.of("房号"));
		assertThat(mapping.cell(List.of("  "), ImportColumn.ROOM_NUMBER)).isNull();
		assertThat(mapping.cell(List.of(), ImportColumn.ROOM_NUMBER)).isNull();
		assertThat(mapping.cell(List.of(" 101 "), ImportColumn.ROOM_NUMBER)).isEqualTo("101");
	}

	@Test
	void detectsUtf8WithOrWithoutBomAndFallsBackToGbk() throws Exception {
		String text = "街道名称,社区名称\n幸福街道,阳光社区\n";
		assertThat(TextEncoding.detect(stream(text.getBytes(StandardCharsets.UTF_8))))
			.isEqualTo(StandardCharsets.UTF_8);
		assertThat(TextEncoding.detect(stream(("\uFEFF" + text).getBytes(StandardCharsets.UTF_8))))
			.isEqualTo(StandardCharsets.UTF_8);
		assertThat(TextEncoding.detect(stream(text.getBytes(java.nio.charset.Charset.forName("GBK")))))
			.isEqualTo(TextEncoding.GB18030);
		assertThat(TextEncoding.detect(stream("plain ascii".getBytes(StandardCharsets.US_ASCII))))
			.isEqualTo(StandardCharsets.UTF_8);
	}

	@Test
	void keepsUtf8WhenAMultiByteCharacterSpansTheReadBuffer() throws Exception {
		// 32 KiB chunks: shift the text by one byte so some 3-byte character is cut in
		// two.
		String text = "a" + "社".repeat(40_000);
		assertThat(TextEncoding.detect(stream(text.getBytes(StandardCharsets.UTF_8))))
			.isEqualTo(StandardCharsets.UTF_8);
		byte[] cut = Arrays.copyOf(text.getBytes(StandardCharsets.UTF_8), 99);
		assertThat(TextEncoding.detect(stream(cut))).isEqualTo(TextEncoding.GB18030);
	}

	@Test
	void readsNumbersTheWayExcelWritesThem() {
		assertThat(CellValues.plainNumber("340705001.0")).isEqualTo("340705001");
		assertThat(CellValues.plainNumber("3.40705001001E11")).isEqualTo("340705001001");
		assertThat(CellValues.plainNumber("1号楼")).isEqualTo("1号楼");
	}

	private static ByteArrayInputStream stream(byte[] bytes) {
		return new ByteArrayInputStream(bytes);
	}

}
