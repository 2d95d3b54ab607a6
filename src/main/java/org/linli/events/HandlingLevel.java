package org.linli.events;

/** Who handles an event: a level of the region tree, or a functional department. */
public enum HandlingLevel {

	/** 网格 — the grid worker of the grid. */
	GRID,
	/** 社区 — the community's staff. */
	COMMUNITY,
	/** 街道 — the street office. */
	STREET,
	/** 区 — the district. */
	DISTRICT,
	/** 职能部门 — a department (city management, police, housing …). */
	DEPARTMENT

}
