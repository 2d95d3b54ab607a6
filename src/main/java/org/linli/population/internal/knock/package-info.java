/**
 * 敲门行动 and 数据鲜活度 — the twice-yearly door-to-door refresh of population data. Community,
 * street and district staff open campaigns over their area; a grid worker walks the
 * houses of a grid building by building, confirms who still lives in each house (or finds
 * it vacant, or nobody home), which stamps the residents as verified and leaves a knock
 * record; freshness per community and grid (share of residents verified and of houses
 * visited in the last six months) is shown, exported and served as JSON. Reads the region
 * tables read-only, like the rest of the population module, and always inside the
 * caller's jurisdiction. Pages in {@code web}, REST in {@code api}.
 */
package org.linli.population.internal.knock;
