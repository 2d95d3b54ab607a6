package org.linli.region.internal.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.idev.excel.FastExcel;
import cn.idev.excel.context.AnalysisContext;
import cn.idev.excel.exception.ExcelAnalysisStopException;
import cn.idev.excel.read.listener.ReadListener;
import cn.idev.excel.support.ExcelTypeEnum;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams the first sheet of a workbook (SAX, via fastexcel; a legacy .xls through POI's
 * event model). POI's zip-bomb guards stay on: an entry that inflates more than 100-fold,
 * or past 1 GB, aborts the read.
 */
final class XlsxRows implements SheetRows {

	private static final Logger log = LoggerFactory.getLogger(XlsxRows.class);

	static {
		ZipSecureFile.setMinInflateRatio(0.01);
		ZipSecureFile.setMaxEntrySize(1024L * 1024 * 1024);
	}

	private final ExcelTypeEnum type;

	XlsxRows(ExcelTypeEnum type) {
		this.type = type;
	}

	@Override
	public void read(Path file, RowHandler handler) {
		try {
			FastExcel.read(file.toFile(), new Listener(handler)).excelType(type).headRowNumber(0).sheet(0).doRead();
		}
		catch (ExcelAnalysisStopException ex) {
			// the handler asked to stop
		}
		catch (RuntimeException ex) {
			if (mentionsZipBomb(ex)) {
				throw new ImportFileRejected("import.error.zipBomb");
			}
			log.info("Unreadable workbook: {}", ex.toString());
			throw new ImportFileRejected("import.error.brokenXlsx");
		}
	}

	private static boolean mentionsZipBomb(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains("zip bomb")) {
				return true;
			}
		}
		return false;
	}

	private record Listener(RowHandler handler) implements ReadListener<Map<Integer, String>> {

		@Override
		public void invoke(Map<Integer, String> data, AnalysisContext context) {
			int width = data.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
			List<String> cells = new ArrayList<>(width);
			for (int i = 0; i < width; i++) {
				cells.add(data.get(i));
			}
			if (!handler.row(context.readRowHolder().getRowIndex() + 1, cells)) {
				throw new ExcelAnalysisStopException();
			}
		}

		@Override
		public void doAfterAllAnalysed(AnalysisContext context) {
		}

	}

}
