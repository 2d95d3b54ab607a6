/**
 * Region — the two trees every record hangs on. Owns the administrative tree (city →
 * district → street → community → grid → ten-household unit 十联户, with GB/T 2260 and
 * statistical codes and grid boundaries as GeoJSON) and the physical tree (compound 小区 →
 * building 楼栋 → unit → house). Serves staff who keep the structure right (pages, REST
 * API, Excel/CSV import) and every module that scopes data by region path; publishes
 * {@link org.linli.region.Regions} for lookups.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Region tree", allowedDependencies = { "shared" })
package org.linli.region;
