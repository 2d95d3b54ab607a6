/**
 * Population — 人口基础数据"一张表": one record per resident (identity, contact, household
 * registration vs. actual residence, political status, education, marital status, living
 * alone, where the data came from and when it was last verified), the house each person
 * lives in, and key-population tags (重点人群: 高龄, 独居, 残疾, 低保, 社区矫正 …, some of them
 * sensitive). Households and occupancy follow. ID numbers and phones are encrypted at
 * rest (AES-256-GCM or SM4-GCM), found through a keyed blind index and masked unless a
 * permitted caller states a reason, which is audited. Serves grid workers and community
 * workers who keep the data, street and district officers and leaders who read it (REST
 * API under {@code /api/v1/residents} and pages under {@code /population}), always inside
 * the caller's region subtree. Offers other modules {@link PopulationSeeding} to register
 * checked residents in bulk (the demo city uses it); publishes no events yet.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Population",
		allowedDependencies = { "shared", "region", "identity", "dictionary" })
package org.linli.population;
