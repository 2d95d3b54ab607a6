package org.linli.bench.city;

import java.io.IOException;
import java.util.List;
import java.util.SplittableRandom;

import org.linli.bench.city.City.Building;
import org.linli.bench.out.PartedTable;

/**
 * Writes the city in the region structure import format (一房一行, one row per house), the
 * headers exactly those of org.linli.region.internal.imports.ImportColumn, building types
 * and house uses as their Chinese dictionary labels.
 */
public final class StructureFile {

	public static final List<String> HEADERS = List.of("街道代码", "街道名称", "社区代码", "社区名称", "网格号", "网格名称", "小区名称", "小区地址",
			"楼栋号", "楼栋名称", "楼栋类型", "层数", "纬度", "经度", "单元号", "房号", "所在楼层", "面积(㎡)", "房屋用途");

	/**
	 * The region import refuses files of more than this many rows
	 * (RegionImports.MAX_ROWS).
	 */
	public static final int IMPORT_MAX_ROWS = 200_000;

	private StructureFile() {
	}

	/** Writes every house to each table; returns the number of rows. */
	public static long write(City city, List<PartedTable> tables) throws IOException {
		SplittableRandom random = new SplittableRandom(city.seed + 1);
		for (PartedTable t : tables) {
			t.header(HEADERS);
		}
		long[] rows = { 0 };
		String[] cells = new String[HEADERS.size()];
		for (Building b : city.buildings) {
			for (PartedTable t : tables) {
				t.group(b.houseCount());
			}
			var grid = b.grid;
			var community = grid.community();
			var street = community.street();
			cells[0] = street.code();
			cells[1] = street.name();
			cells[2] = community.code();
			cells[3] = community.name();
			cells[4] = String.valueOf(grid.number());
			cells[5] = grid.name();
			cells[6] = b.compound.name();
			cells[7] = b.compound.address();
			cells[8] = b.number;
			cells[9] = b.name();
			cells[10] = b.type;
			cells[11] = String.valueOf(b.floors);
			cells[12] = String.valueOf(b.lat);
			cells[13] = String.valueOf(b.lon);
			Houses.each(b, (index, unit, floor, room) -> {
				String use = b.useOn(floor);
				cells[14] = String.valueOf(unit);
				cells[15] = room;
				cells[16] = String.valueOf(floor);
				cells[17] = area(use, random);
				cells[18] = use;
				for (PartedTable t : tables) {
					t.row(cells);
				}
				rows[0]++;
			});
		}
		return rows[0];
	}

	/**
	 * Square metres with two decimals: homes around 95 (45-160), shops and offices
	 * 20-300.
	 */
	private static String area(String use, SplittableRandom random) {
		int cents = use.equals("住宅") ? 4500 + (int) (Math.abs(random.nextGaussian(5000, 2200)) % 11500)
				: 2000 + random.nextInt(28000);
		return "%d.%02d".formatted(cents / 100, cents % 100);
	}

}
