package org.linli.region;

/** Levels of the administrative tree, top down. */
public enum RegionLevel {

	/** 市 — 6-digit GB/T 2260 code ending in 00. */
	CITY,
	/** 区/县 — 6-digit GB/T 2260 code under its city. */
	DISTRICT,
	/** 街道/乡镇 — 9-digit statistical code under its district. */
	STREET,
	/** 社区/村 — 12-digit statistical code under its street. */
	COMMUNITY,
	/** 网格 — numbered inside its community. */
	GRID,
	/** 十联户 — about ten households under a grid, with its head. */
	HOUSEHOLD_GROUP;

	/** The level a child of this level has, or {@code null} at the bottom. */
	public RegionLevel childLevel() {
		return this == HOUSEHOLD_GROUP ? null : values()[ordinal() + 1];
	}

}
