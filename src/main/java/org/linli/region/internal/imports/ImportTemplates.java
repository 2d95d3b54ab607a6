package org.linli.region.internal.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.stereotype.Component;

/**
 * The blank import sheets users download: an XLSX with the header row (code columns
 * formatted as text, so Excel keeps 12-digit codes intact) and a second sheet "说明" with
 * the rules and an example, and a CSV in UTF-8 with a BOM holding only the header.
 */
@Component
public class ImportTemplates {

	private static final Set<ImportColumn> TEXT_COLUMNS = Set.of(ImportColumn.STREET_CODE, ImportColumn.COMMUNITY_CODE,
			ImportColumn.BUILDING_NUMBER, ImportColumn.UNIT_NUMBER, ImportColumn.ROOM_NUMBER);

	private static final List<String> EXAMPLE = List.of("340705001", "示例街道", "340705001001", "示例社区", "1", "第一网格",
			"幸福小区", "幸福路1号", "1", "1号楼", "多层", "6", "30.945600", "117.812300", "1", "101", "1", "89.50", "住宅");

	private static final List<String> RULES = List.of("一房一行：每行一套房屋；只建结构时，可在任一级之后留空（如只填街道、社区、网格）。",
			"第1行为表头，不要改动列名；可增加其他列，导入时忽略。也接受英文列名（streetCode、communityCode 等）；列名前后的必填星号和末尾括注（如“单元号（必填）”）不影响识别；表头上方可有标题、填报单位等行。",
			"街道代码为9位统计用区划代码，以所属区县的6位代码开头；社区代码为12位，以街道代码开头。", "网格号为1到999的数字，系统生成网格编码（社区代码+3位网格号）。",
			"已存在的街道、社区、网格按代码匹配，名称必须与系统一致；新建的须在您的管辖范围内。", "同一楼栋（小区+楼栋号；无小区时为网格+楼栋号）只能属于一个网格。",
			"同一楼栋、单元内房号不能重复，也不能与系统中已有的房屋重复。", "楼栋类型、房屋用途填写数据字典的编码或中文/英文名称；房屋用途不填默认为住宅。",
			"层数1到200；面积大于0，最多两位小数；纬度-90到90，经度-180到180。", "任一行有错误时整个文件都不会导入；请按错误报告（行号、列、值、原因）修改后重新上传。",
			"每个文件最多" + RegionImports.MAX_ROWS + "行，文件不超过50MB；支持 .xlsx、旧版 .xls 和 CSV（UTF-8 或 GBK）。");

	private final byte[] xlsx = buildXlsx();

	private final byte[] csv = ("\uFEFF" + String.join(",", headers()) + "\r\n").getBytes(StandardCharsets.UTF_8);

	public byte[] xlsx() {
		return xlsx.clone();
	}

	public byte[] csv() {
		return csv.clone();
	}

	static List<String> headers() {
		return Arrays.stream(ImportColumn.values()).map(ImportColumn::header).toList();
	}

	private static byte[] buildXlsx() {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			CellStyle text = workbook.createCellStyle();
			text.setDataFormat(workbook.createDataFormat().getFormat("@"));

			Sheet sheet = workbook.createSheet("导入模板");
			headerRow(sheet, bold);
			for (ImportColumn column : ImportColumn.values()) {
				sheet.setColumnWidth(column.ordinal(), 14 * 256);
				if (TEXT_COLUMNS.contains(column)) {
					sheet.setDefaultColumnStyle(column.ordinal(), text);
				}
			}
			sheet.createFreezePane(0, 1);

			Sheet help = workbook.createSheet("说明");
			help.setColumnWidth(0, 100 * 256);
			int r = 0;
			for (String rule : RULES) {
				help.createRow(r++).createCell(0).setCellValue((r) + ". " + rule);
			}
			r++;
			help.createRow(r++).createCell(0).setCellValue("示例（复制到“导入模板”工作表时请去掉本说明）：");
			Row example = help.createRow(r + 1);
			Row head = help.createRow(r);
			for (int i = 0; i < EXAMPLE.size(); i++) {
				head.createCell(i).setCellValue(ImportColumn.values()[i].header());
				head.getCell(i).setCellStyle(bold);
				example.createCell(i).setCellValue(EXAMPLE.get(i));
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void headerRow(Sheet sheet, CellStyle bold) {
		Row row = sheet.createRow(0);
		for (ImportColumn column : ImportColumn.values()) {
			row.createCell(column.ordinal()).setCellValue(column.header());
			row.getCell(column.ordinal()).setCellStyle(bold);
		}
	}

}
