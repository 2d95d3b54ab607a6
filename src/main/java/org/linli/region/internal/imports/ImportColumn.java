package org.linli.region.internal.imports;

import java.util.List;

/**
 * The columns of the structure import sheet (一房一行: one row per house), in template order.
 * Each has its Chinese header, its English alias and the other spellings seen in real
 * spreadsheets; key columns of a level are required headers, attributes are not.
 */
public enum ImportColumn {

	STREET_CODE("街道代码", "streetCode", true), STREET_NAME("街道名称", "streetName", true),
	COMMUNITY_CODE("社区代码", "communityCode", true), COMMUNITY_NAME("社区名称", "communityName", true),
	GRID_NUMBER("网格号", "gridNumber", true, "网格编号"), GRID_NAME("网格名称", "gridName", true),
	COMPOUND_NAME("小区名称", "compoundName", true, "小区"), COMPOUND_ADDRESS("小区地址", "compoundAddress", false, "地址"),
	BUILDING_NUMBER("楼栋号", "buildingNumber", true, "楼号", "幢号"), BUILDING_NAME("楼栋名称", "buildingName", false),
	BUILDING_TYPE("楼栋类型", "buildingType", false), FLOORS("层数", "floors", false, "总层数"),
	LATITUDE("纬度", "latitude", false, "lat"), LONGITUDE("经度", "longitude", false, "lng", "lon"),
	UNIT_NUMBER("单元号", "unitNumber", true, "单元"), ROOM_NUMBER("房号", "roomNumber", true, "房间号", "门牌号"),
	FLOOR("所在楼层", "floor", false, "楼层"), AREA("面积(㎡)", "area", false, "面积", "面积(m²)", "建筑面积", "建筑面积(㎡)"),
	HOUSE_USE("房屋用途", "houseUse", false, "用途");

	private final String header;

	private final String alias;

	private final boolean required;

	private final List<String> otherNames;

	ImportColumn(String header, String alias, boolean required, String... otherNames) {
		this.header = header;
		this.alias = alias;
		this.required = required;
		this.otherNames = List.of(otherNames);
	}

	/** The header as the template writes it. */
	public String header() {
		return header;
	}

	/** The English header accepted as well. */
	public String alias() {
		return alias;
	}

	/** Whether a file without this header is refused. */
	public boolean required() {
		return required;
	}

	List<String> names() {
		var names = new java.util.ArrayList<String>();
		names.add(header);
		names.add(alias);
		names.addAll(otherNames);
		return names;
	}

}
