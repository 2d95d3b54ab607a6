package org.linli.security;

import java.util.List;

import static org.linli.security.Endpoint.list;
import static org.linli.security.Endpoint.object;
import static org.linli.security.Endpoint.own;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

/**
 * Every endpoint of the platform with the permission it needs and the object that decides
 * its scope. Writes carry bodies that pass validation but change nothing lasting (a stale
 * version, a duplicate), so the matrix can run every role against every endpoint on one
 * fixture.
 */
final class Endpoints {

	private static final String READ = "region.read";

	private static final String WRITE = "region.write";

	private static final String IMPORT = "region.import";

	private static final String ACCOUNT_READ = "account.read";

	private static final String ACCOUNT_WRITE = "account.write";

	private static final String DICT = "dictionary.write";

	private static final String POP_READ = "population.read";

	private static final String POP_WRITE = "population.write";

	private static final String POP_IMPORT = "population.import";

	private static final String TAG_POLICY = "policy.population-tags";

	private static final String TAG_READ = POP_READ + "|" + TAG_POLICY;

	private static final String POP_CAMPAIGN = "population.campaign";

	private static final String POP_REVIEW = "population.review";

	private static final String CAL_READ = "calendar.read";

	private static final String CAL_WRITE = "calendar.write";

	private static final String EV_READ = "events.read";

	private static final String EV_DISPATCH = "events.dispatch";

	private static final String EV_HANDLE = "events.handle";

	private static final String EV_SUPERVISE = "events.supervise";

	private static final String EV_REPORT = "events.report";

	private static final String EV_CATEGORY = "events.category.write";

	private static final String EV_CLAIM = "events.claim";

	private static final String DASH_READ = "dashboard.read";

	private static final String DISPATCH_STEPS = "accept|reject|dispatch|pool|reassign|close|merge|backlog|resume|decide-extension";

	private static final String HANDLE_STEPS = "start|handle|return|escalate|request-extension|verify|send-back";

	/** A category as shipped: creating it again is a duplicate, editing it is stale. */
	private static final String CATEGORY = "\"parentCode\":\"01\",\"labelZh\":\"暴露垃圾\",\"labelEn\":\"Exposed rubbish\",\"handlingLevel\":\"GRID\",\"severity\":\"GENERAL\",\"acceptHours\":1,\"dispatchHours\":1,\"handleHours\":8,\"verifyHours\":4";

	/** A multipart upload of a CSV file with only the header row. */
	static final String MULTIPART = "multipart";

	private static final String STALE = "{\"version\":999}";

	private Endpoints() {
	}

	static List<Endpoint> all() {
		return List.of(
				// identity: the caller's own things
				own(GET, "/api/v1/me", "/api/v1/me", null, null),
				own(GET, "/api/v1/me/tokens", "/api/v1/me/tokens", null, null),
				own(POST, "/api/v1/me/tokens", "/api/v1/me/tokens", null, "{\"name\":\"matrix\"}"),
				own(DELETE, "/api/v1/me/tokens/{id}", "/api/v1/me/tokens/999999999", null, null),
				// region API: administrative tree
				own(GET, "/api/v1/regions/mine", "/api/v1/regions/mine", READ, null),
				object(GET, "/api/v1/regions/{id}", "/api/v1/regions/{grid}", READ, "grid", null),
				object(GET, "/api/v1/regions/{id}/children", "/api/v1/regions/{grid}/children", READ, "grid", null),
				object(GET, "/api/v1/regions/{id}/ancestry", "/api/v1/regions/{group}/ancestry", READ, "group", null),
				list("/api/v1/regions", "/api/v1/regions?q={m:grid}", READ, "grid", "grid"),
				object(POST, "/api/v1/regions", "/api/v1/regions", WRITE, "group",
						"{\"parentId\":{group},\"number\":\"1\",\"name\":\"x\"}"),
				object(PUT, "/api/v1/regions/{id}", "/api/v1/regions/{group}", WRITE, "group",
						"{\"name\":\"x\",\"version\":999}"),
				object(POST, "/api/v1/regions/{id}/move", "/api/v1/regions/{group}/move", WRITE, "group",
						"{\"parentId\":{grid},\"version\":999}"),
				object(POST, "/api/v1/regions/{id}/retire", "/api/v1/regions/{group}/retire", WRITE, "group", STALE),
				object(GET, "/api/v1/regions/{id}/houses.xlsx", "/api/v1/regions/{grid}/houses.xlsx", READ, "grid",
						null),
				// region API: physical tree
				list("/api/v1/compounds", "/api/v1/compounds?communityId={community}", READ, "community", "compound"),
				object(GET, "/api/v1/compounds/{id}", "/api/v1/compounds/{compound}", READ, "compound", null),
				object(POST, "/api/v1/compounds", "/api/v1/compounds", WRITE, "community",
						"{\"communityId\":{community},\"name\":\"{m:compound}\"}"),
				object(PUT, "/api/v1/compounds/{id}", "/api/v1/compounds/{compound}", WRITE, "compound",
						"{\"name\":\"x\",\"version\":999}"),
				object(POST, "/api/v1/compounds/{id}/retire", "/api/v1/compounds/{compound}/retire", WRITE, "compound",
						STALE),
				list("/api/v1/buildings", "/api/v1/buildings?gridId={grid}", READ, "grid", "building"),
				object(GET, "/api/v1/buildings/{id}", "/api/v1/buildings/{building}", READ, "building", null),
				object(POST, "/api/v1/buildings", "/api/v1/buildings", WRITE, "grid",
						"{\"gridId\":{grid},\"number\":\"1\"}"),
				object(PUT, "/api/v1/buildings/{id}", "/api/v1/buildings/{building}", WRITE, "building", STALE),
				object(POST, "/api/v1/buildings/{id}/move", "/api/v1/buildings/{building}/move", WRITE, "building",
						"{\"gridId\":{grid},\"version\":999}"),
				object(POST, "/api/v1/buildings/{id}/retire", "/api/v1/buildings/{building}/retire", WRITE, "building",
						STALE),
				object(GET, "/api/v1/buildings/{id}/units", "/api/v1/buildings/{building}/units", READ, "building",
						null),
				object(POST, "/api/v1/buildings/{id}/units", "/api/v1/buildings/{building}/units", WRITE, "building",
						"{\"number\":\"1\"}"),
				list("/api/v1/houses", "/api/v1/houses?buildingId={building}", READ, "building", "house"),
				object(GET, "/api/v1/houses/{id}", "/api/v1/houses/{house}", READ, "house", null),
				object(POST, "/api/v1/houses", "/api/v1/houses", WRITE, "building",
						"{\"buildingId\":{building},\"unitId\":{unit},\"roomNumber\":\"{m:house}\",\"area\":50,\"use\":\"RESIDENTIAL\"}"),
				object(PUT, "/api/v1/houses/{id}", "/api/v1/houses/{house}", WRITE, "house", STALE),
				object(POST, "/api/v1/houses/{id}/retire", "/api/v1/houses/{house}/retire", WRITE, "house", STALE),
				// region pages
				own(GET, "/regions", "/regions", READ, null),
				object(GET, "/regions/{id:\\d+}", "/regions/{grid}", READ, "grid", null),
				object(GET, "/regions/{id:\\d+}/tree", "/regions/{grid}/tree", READ, "grid", null),
				object(GET, "/regions/{id:\\d+}/new", "/regions/{group}/new", WRITE, "group", null),
				object(POST, "/regions/{id:\\d+}/children", "/regions/{group}/children", WRITE, "group",
						"number=1&name=x"),
				object(GET, "/regions/{id:\\d+}/edit", "/regions/{group}/edit", WRITE, "group", null),
				object(POST, "/regions/{id:\\d+}/edit", "/regions/{group}/edit", WRITE, "group", "name=x&version=999"),
				object(GET, "/regions/{id:\\d+}/move", "/regions/{group}/move", WRITE, "group", null),
				object(POST, "/regions/{id:\\d+}/move", "/regions/{group}/move", WRITE, "group",
						"parentId={grid}&version=999"),
				object(POST, "/regions/{id:\\d+}/retire", "/regions/{group}/retire", WRITE, "group", "version=999"),
				object(GET, "/regions/buildings/{id:\\d+}", "/regions/buildings/{building}", READ, "building", null),
				object(GET, "/regions/{gridId:\\d+}/buildings/new", "/regions/{grid}/buildings/new", WRITE, "grid",
						null),
				object(POST, "/regions/{gridId:\\d+}/buildings", "/regions/{grid}/buildings", WRITE, "grid",
						"number=1"),
				object(GET, "/regions/buildings/{id:\\d+}/edit", "/regions/buildings/{building}/edit", WRITE,
						"building", null),
				object(POST, "/regions/buildings/{id:\\d+}/edit", "/regions/buildings/{building}/edit", WRITE,
						"building", "number=1&version=999"),
				object(GET, "/regions/buildings/{id:\\d+}/move", "/regions/buildings/{building}/move", WRITE,
						"building", null),
				object(POST, "/regions/buildings/{id:\\d+}/move", "/regions/buildings/{building}/move", WRITE,
						"building", "gridId={grid}&version=999"),
				object(POST, "/regions/buildings/{id:\\d+}/retire", "/regions/buildings/{building}/retire", WRITE,
						"building", "version=999"),
				object(POST, "/regions/buildings/{id:\\d+}/units", "/regions/buildings/{building}/units", WRITE,
						"building", "number=1"),
				object(GET, "/regions/buildings/{id:\\d+}/houses/new", "/regions/buildings/{building}/houses/new",
						WRITE, "building", null),
				object(POST, "/regions/buildings/{id:\\d+}/houses", "/regions/buildings/{building}/houses", WRITE,
						"building", "unitId={unit}&roomNumber={m:house}&area=50&use=RESIDENTIAL"),
				object(GET, "/regions/houses/{id:\\d+}/edit", "/regions/houses/{house}/edit", WRITE, "house", null),
				object(POST, "/regions/houses/{id:\\d+}/edit", "/regions/houses/{house}/edit", WRITE, "house",
						"roomNumber=x&area=50&use=RESIDENTIAL&version=999"),
				object(POST, "/regions/houses/{id:\\d+}/retire", "/regions/houses/{house}/retire", WRITE, "house",
						"version=999"),
				object(GET, "/regions/{communityId:\\d+}/compounds/new", "/regions/{community}/compounds/new", WRITE,
						"community", null),
				object(POST, "/regions/{communityId:\\d+}/compounds", "/regions/{community}/compounds", WRITE,
						"community", "name={m:compound}"),
				// region import
				own(GET, "/api/v1/region-imports/template", "/api/v1/region-imports/template?format=csv", IMPORT, null),
				own(POST, "/api/v1/region-imports", "/api/v1/region-imports", IMPORT, MULTIPART),
				own(GET, "/api/v1/region-imports", "/api/v1/region-imports", IMPORT, null),
				object(GET, "/api/v1/region-imports/{id}", "/api/v1/region-imports/{import}", IMPORT, "import", null),
				object(GET, "/api/v1/region-imports/{id}/errors.csv", "/api/v1/region-imports/{import}/errors.csv",
						IMPORT, "import", null),
				object(GET, "/regions/import", "/regions/import?result={import}", IMPORT, "import", null),
				own(POST, "/regions/import", "/regions/import", IMPORT, MULTIPART),
				// population: resident import
				own(GET, "/api/v1/resident-imports/template", "/api/v1/resident-imports/template?format=csv",
						POP_IMPORT, null),
				own(POST, "/api/v1/resident-imports", "/api/v1/resident-imports", POP_IMPORT, MULTIPART),
				own(GET, "/api/v1/resident-imports", "/api/v1/resident-imports", POP_IMPORT, null),
				object(GET, "/api/v1/resident-imports/{id}", "/api/v1/resident-imports/{popimport}", POP_IMPORT,
						"popimport", null),
				object(GET, "/api/v1/resident-imports/{id}/errors.csv",
						"/api/v1/resident-imports/{popimport}/errors.csv", POP_IMPORT, "popimport", null),
				object(GET, "/api/v1/resident-imports/{ref}/progress", "/api/v1/resident-imports/{popimport}/progress",
						POP_IMPORT, "popimport", null),
				own(GET, "/population/import/progress", "/population/import/progress?requestId=matrix", POP_IMPORT,
						null),
				object(GET, "/population/import", "/population/import?result={popimport}", POP_IMPORT, "popimport",
						null),
				own(POST, "/population/import", "/population/import", POP_IMPORT, MULTIPART),
				// population: residents (a duplicate ID number, a stale version, a reveal
				// without a reason: nothing changes)
				list("/api/v1/residents", "/api/v1/residents?q={m:resident}", POP_READ, "resident", "resident"),
				object(GET, "/api/v1/residents/{id}", "/api/v1/residents/{resident}", POP_READ, "resident", null),
				own(GET, "/api/v1/residents/export.xlsx", "/api/v1/residents/export.xlsx", POP_READ, null),
				object(POST, "/api/v1/residents/search", "/api/v1/residents/search", POP_READ, "resident",
						"{\"idCardNumber\":\"{m:residentid}\",\"under\":{grid}}"),
				object(POST, "/api/v1/residents", "/api/v1/residents", POP_WRITE, "grid",
						"{\"regionId\":{grid},\"name\":\"x\",\"idCardNumber\":\"{m:residentid}\",\"residenceType\":\"REGISTERED\"}"),
				object(PUT, "/api/v1/residents/{id}", "/api/v1/residents/{resident}", POP_WRITE, "resident", STALE),
				object(POST, "/api/v1/residents/{id}/retire", "/api/v1/residents/{resident}/retire", POP_WRITE,
						"resident", STALE),
				object(POST, "/api/v1/residents/{id}/reveal", "/api/v1/residents/{resident}/reveal",
						"population.reveal", "resident", "{\"field\":\"phone\"}"),
				object(GET, "/api/v1/residents/{id}/history", "/api/v1/residents/{resident}/history", POP_READ,
						"resident", null),
				list("/api/v1/occupancies", "/api/v1/occupancies?houseId={house}", POP_READ, "house", "occupancy"),
				object(POST, "/api/v1/occupancies", "/api/v1/occupancies", POP_WRITE, "house",
						"{\"houseId\":{house},\"residentId\":{resident},\"kind\":\"OWNER\"}"),
				object(POST, "/api/v1/occupancies/{id}/end", "/api/v1/occupancies/{occupancy}/end", POP_WRITE,
						"occupancy", STALE),
				object(GET, "/api/v1/households/{id}", "/api/v1/households/{household}", POP_READ, "household", null),
				object(POST, "/api/v1/households", "/api/v1/households", POP_WRITE, "resident",
						"{\"headResidentId\":{resident}}"),
				object(POST, "/api/v1/households/{id}/members", "/api/v1/households/{household}/members", POP_WRITE,
						"household", "{\"residentId\":{resident},\"relation\":\"SPOUSE\"}"),
				object(DELETE, "/api/v1/households/{id}/members/{residentId}",
						"/api/v1/households/{household}/members/{resident}", POP_WRITE, "household", null),
				own(GET, "/api/v1/me/resident-record", "/api/v1/me/resident-record", null, null),
				own(POST, "/api/v1/me/resident-record", "/api/v1/me/resident-record", null,
						"{\"name\":\"x\",\"idCardNumber\":\"{m:residentid}\"}"),
				// population: resident self-update. The matrix resident is bound to the
				// home
				// resident, whose proposal is pending: a second is refused, a stale
				// version
				// withdraws or decides nothing; staff have no own record (404).
				own(GET, "/api/v1/me/resident-record/proposals", "/api/v1/me/resident-record/proposals", null, null),
				own(POST, "/api/v1/me/resident-record/proposals", "/api/v1/me/resident-record/proposals", null,
						"{\"changes\":{\"education\":\"BACHELOR\"}}"),
				own(POST, "/api/v1/me/resident-record/proposals/{id}/withdraw",
						"/api/v1/me/resident-record/proposals/{proposal}/withdraw", null, STALE),
				list("/api/v1/resident-proposals", "/api/v1/resident-proposals", POP_REVIEW, "proposal", "proposal"),
				object(GET, "/api/v1/resident-proposals/{id}", "/api/v1/resident-proposals/{proposal}", POP_REVIEW,
						"proposal", null),
				object(POST, "/api/v1/resident-proposals/{id}/approve", "/api/v1/resident-proposals/{proposal}/approve",
						POP_REVIEW, "proposal", STALE),
				object(POST, "/api/v1/resident-proposals/{id}/reject", "/api/v1/resident-proposals/{proposal}/reject",
						POP_REVIEW, "proposal", "{\"version\":999,\"reason\":\"matrix\"}"),
				own(GET, "/me/record", "/me/record", null, null),
				own(POST, "/me/record/bind", "/me/record/bind", null, "name=x&idCardNumber={m:residentid}"),
				own(POST, "/me/record/proposals", "/me/record/proposals", null, "education=BACHELOR"),
				own(POST, "/me/record/proposals/{id}/withdraw", "/me/record/proposals/{proposal}/withdraw", null,
						"version=999"),
				list("/population/proposals", "/population/proposals", POP_REVIEW, "proposal", "proposal"),
				object(GET, "/population/proposals/{id:\\d+}", "/population/proposals/{proposal}", POP_REVIEW,
						"proposal", null),
				object(POST, "/population/proposals/{id:\\d+}/approve", "/population/proposals/{proposal}/approve",
						POP_REVIEW, "proposal", "version=999"),
				object(POST, "/population/proposals/{id:\\d+}/reject", "/population/proposals/{proposal}/reject",
						POP_REVIEW, "proposal", "version=999&reason=matrix"),
				object(GET, "/api/v1/population/structure", "/api/v1/population/structure?under={grid}", POP_READ,
						"grid", null),
				// population pages (the same refusals, shown on the page)
				list("/population", "/population?q={m:resident}", POP_READ, "resident", "resident"),
				new Endpoint(POST, "/population/search", "/population/search", POP_READ, "resident", "resident",
						"q={m:resident}"),
				object(GET, "/population/{id:\\d+}", "/population/{resident}", POP_READ, "resident", null),
				own(GET, "/population/new", "/population/new", POP_WRITE, null),
				object(POST, "/population", "/population", POP_WRITE, "grid",
						"regionId={grid}&name=x&idCardNumber={m:residentid}&residenceType=REGISTERED"),
				object(GET, "/population/{id:\\d+}/edit", "/population/{resident}/edit", POP_WRITE, "resident", null),
				object(POST, "/population/{id:\\d+}/edit", "/population/{resident}/edit", POP_WRITE, "resident",
						"name=x&residenceType=REGISTERED&version=999"),
				object(POST, "/population/{id:\\d+}/retire", "/population/{resident}/retire", POP_WRITE, "resident",
						"version=999"),
				object(POST, "/population/{id:\\d+}/reveal", "/population/{resident}/reveal", "population.reveal",
						"resident", "field=phone"),
				// population: tag catalogue and each resident's tag values
				own(GET, "/api/v1/population-tags", "/api/v1/population-tags", TAG_READ, null),
				own(GET, "/api/v1/population-tags/{code}", "/api/v1/population-tags/ELDERLY", TAG_READ, null),
				own(PUT, "/api/v1/population-tags/{code}", "/api/v1/population-tags/ELDERLY", TAG_POLICY, STALE),
				object(GET, "/api/v1/residents/{id}/tags", "/api/v1/residents/{resident}/tags", POP_READ, "resident",
						null),
				object(PUT, "/api/v1/residents/{id}/tags/{code}", "/api/v1/residents/{resident}/tags/ELDERLY",
						POP_WRITE, "resident", STALE),
				own(GET, "/population/tags", "/population/tags", TAG_READ, null),
				own(POST, "/population/tags/{code}", "/population/tags/ELDERLY", TAG_POLICY, "version=999"),
				object(POST, "/population/{id:\\d+}/tags/{code}", "/population/{resident}/tags/ELDERLY", POP_WRITE,
						"resident", "version=999"),
				// population: households
				list("/api/v1/households", "/api/v1/households?q={m:resident}", POP_READ, "household", "resident"),
				list("/population/households", "/population/households?q={m:resident}", POP_READ, "household",
						"resident"),
				object(GET, "/population/households/{id:\\d+}", "/population/households/{household}", POP_READ,
						"household", null),
				object(POST, "/population/households", "/population/households", POP_WRITE, "resident",
						"headResidentId={resident}"),
				object(POST, "/population/households/{id:\\d+}/members", "/population/households/{household}/members",
						POP_WRITE, "household", "residentId={resident}&relation=SPOUSE"),
				object(POST, "/population/households/{id:\\d+}/members/{residentId:\\d+}/remove",
						"/population/households/{household}/members/{resident}/remove", POP_WRITE, "household", null),
				// population: door-knock campaigns, the grid round and data freshness
				// (end
				// before start, a stale version, a resident list that does not match:
				// nothing
				// changes)
				list("/api/v1/knock-campaigns", "/api/v1/knock-campaigns?includeClosed=true", POP_READ, "campaign",
						"campaign"),
				object(GET, "/api/v1/knock-campaigns/{id}", "/api/v1/knock-campaigns/{campaign}", POP_READ, "campaign",
						null),
				object(POST, "/api/v1/knock-campaigns", "/api/v1/knock-campaigns", POP_CAMPAIGN, "community",
						"{\"regionId\":{community},\"name\":\"x\",\"startsOn\":\"2026-05-01\",\"endsOn\":\"2026-04-01\"}"),
				object(POST, "/api/v1/knock-campaigns/{id}/close", "/api/v1/knock-campaigns/{campaign}/close",
						POP_CAMPAIGN, "campaign", STALE),
				list("/api/v1/knock/grids", "/api/v1/knock/grids?q={m:grid}", POP_READ, "grid", "grid"),
				object(GET, "/api/v1/knock/grids/{gridId}", "/api/v1/knock/grids/{grid}", POP_READ, "grid", null),
				object(GET, "/api/v1/knock/grids/{gridId}/houses", "/api/v1/knock/grids/{grid}/houses?due=true",
						POP_READ, "grid", null),
				object(GET, "/api/v1/knock/houses/{houseId}", "/api/v1/knock/houses/{house}", POP_READ, "house", null),
				object(POST, "/api/v1/knock/houses/{houseId}/knocks", "/api/v1/knock/houses/{house}/knocks", POP_WRITE,
						"house", "{\"outcome\":\"VERIFIED\",\"residents\":[]}"),
				object(GET, "/api/v1/knock/houses/{houseId}/knocks", "/api/v1/knock/houses/{house}/knocks", POP_READ,
						"house", null),
				object(GET, "/api/v1/population/freshness", "/api/v1/population/freshness?under={community}", POP_READ,
						"community", null),
				object(GET, "/api/v1/population/freshness.xlsx", "/api/v1/population/freshness.xlsx?under={community}",
						POP_READ, "community", null),
				object(GET, "/population/knock", "/population/knock?gridId={grid}", POP_READ, "grid", null),
				object(GET, "/population/knock/houses/{id:\\d+}", "/population/knock/houses/{house}", POP_READ, "house",
						null),
				object(POST, "/population/knock/houses/{id:\\d+}", "/population/knock/houses/{house}", POP_WRITE,
						"house", "outcome=VERIFIED"),
				list("/population/campaigns", "/population/campaigns?includeClosed=true", POP_READ, "campaign",
						"campaign"),
				object(POST, "/population/campaigns", "/population/campaigns", POP_CAMPAIGN, "community",
						"regionId={community}&name=x&startsOn=2026-05-01&endsOn=2026-04-01"),
				object(POST, "/population/campaigns/{id:\\d+}/close", "/population/campaigns/{campaign}/close",
						POP_CAMPAIGN, "campaign", "version=999"),
				object(GET, "/population/freshness", "/population/freshness?under={community}", POP_READ, "community",
						null),
				// accounts (系统管理员): scoped by the account's region
				list("/api/v1/accounts", "/api/v1/accounts?q={m:account}", ACCOUNT_READ, "account", "account"),
				object(GET, "/api/v1/accounts/{id}", "/api/v1/accounts/{account}", ACCOUNT_READ, "account", null),
				own(POST, "/api/v1/accounts", "/api/v1/accounts", ACCOUNT_WRITE,
						"{\"username\":\"{m:account}\",\"displayName\":\"x\",\"role\":\"GRID_WORKER\",\"regionId\":{grid},\"password\":\"Aa1!aaaa\"}"),
				object(PUT, "/api/v1/accounts/{id}", "/api/v1/accounts/{account}", ACCOUNT_WRITE, "account",
						"{\"displayName\":\"x\",\"role\":\"GRID_WORKER\",\"regionId\":{grid},\"version\":999}"),
				object(POST, "/api/v1/accounts/{id}/disable", "/api/v1/accounts/{account}/disable", ACCOUNT_WRITE,
						"account", null),
				object(POST, "/api/v1/accounts/{id}/enable", "/api/v1/accounts/{account}/enable", ACCOUNT_WRITE,
						"account", null),
				object(POST, "/api/v1/accounts/{id}/unlock", "/api/v1/accounts/{account}/unlock", ACCOUNT_WRITE,
						"account", null),
				object(POST, "/api/v1/accounts/{id}/reset-password", "/api/v1/accounts/{account}/reset-password",
						ACCOUNT_WRITE, "account", "{\"password\":\"x\"}"),
				own(GET, "/api/v1/roles", "/api/v1/roles", ACCOUNT_READ, null),
				list("/admin/accounts", "/admin/accounts?q={m:account}", ACCOUNT_READ, "account", "account"),
				own(GET, "/admin/accounts/new", "/admin/accounts/new", ACCOUNT_WRITE, null),
				own(POST, "/admin/accounts", "/admin/accounts", ACCOUNT_WRITE,
						"username={m:account}&displayName=x&role=GRID_WORKER&regionId={grid}&password=Aa1!aaaa"),
				object(GET, "/admin/accounts/{id}", "/admin/accounts/{account}", ACCOUNT_READ, "account", null),
				object(POST, "/admin/accounts/{id}", "/admin/accounts/{account}", ACCOUNT_WRITE, "account",
						"displayName=x&role=GRID_WORKER&regionId={grid}&version=999"),
				object(POST, "/admin/accounts/{id}/{action:disable|enable|unlock}", "/admin/accounts/{account}/unlock",
						ACCOUNT_WRITE, "account", null),
				object(POST, "/admin/accounts/{id}/reset-password", "/admin/accounts/{account}/reset-password",
						ACCOUNT_WRITE, "account", "password=x"),
				own(GET, "/admin/roles", "/admin/roles", ACCOUNT_READ, null),
				// security policy (安全管理员)
				own(GET, "/api/v1/security-policy", "/api/v1/security-policy", "policy.read", null),
				own(PUT, "/api/v1/security-policy", "/api/v1/security-policy", "policy.write",
						"{\"minPasswordLength\":8,\"minCharacterClasses\":3,\"maxFailedAttempts\":5,\"lockoutMinutes\":15,\"idleTimeoutMinutes\":30,\"version\":999}"),
				own(GET, "/admin/policy", "/admin/policy", "policy.read", null),
				own(POST, "/admin/policy", "/admin/policy", "policy.write",
						"minPasswordLength=8&minCharacterClasses=3&maxFailedAttempts=5&lockoutMinutes=15&idleTimeoutMinutes=30&version=999"),
				// audit log (审计管理员) and "who read my data"
				own(GET, "/api/v1/audit", "/api/v1/audit", "audit.read", null),
				own(GET, "/api/v1/audit/verify", "/api/v1/audit/verify", "audit.verify", null),
				own(GET, "/admin/audit", "/admin/audit", "audit.read", null),
				own(GET, "/admin/audit/verify", "/admin/audit/verify", "audit.verify", null),
				own(GET, "/api/v1/me/data-access", "/api/v1/me/data-access", null, null),
				own(GET, "/me/data-access", "/me/data-access", null, null),
				own(GET, "/me/tokens", "/me/tokens", null, null),
				own(POST, "/me/tokens", "/me/tokens", null, "name=matrix"),
				own(POST, "/me/tokens/{id}/revoke", "/me/tokens/999999999/revoke", null, null),
				// data dictionaries: everyone reads, the system admin edits (a stale
				// version or a
				// shipped entry, so nothing changes)
				own(GET, "/api/v1/dictionaries", "/api/v1/dictionaries", null, null),
				own(GET, "/api/v1/dictionaries/{type}", "/api/v1/dictionaries/house_use", null, null),
				own(POST, "/api/v1/dictionaries/{type}/{code}", "/api/v1/dictionaries/house_use/RESIDENTIAL", DICT,
						"{\"labelZh\":\"住宅\",\"labelEn\":\"Residential\"}"),
				own(PUT, "/api/v1/dictionaries/{type}/{code}", "/api/v1/dictionaries/house_use/RESIDENTIAL", DICT,
						"{\"labelZh\":\"住宅\",\"labelEn\":\"Residential\",\"version\":999}"),
				own(DELETE, "/api/v1/dictionaries/{type}/{code}",
						"/api/v1/dictionaries/house_use/RESIDENTIAL?version=0", DICT, null),
				own(GET, "/admin/dictionaries", "/admin/dictionaries", DICT, null),
				own(POST, "/admin/dictionaries/{type}", "/admin/dictionaries/house_use", DICT,
						"code=RESIDENTIAL&labelZh=a&labelEn=b"),
				own(POST, "/admin/dictionaries/{type}/{code}", "/admin/dictionaries/house_use/RESIDENTIAL", DICT,
						"labelZh=a&labelEn=b&sortOrder=1&enabled=true&version=999"),
				own(POST, "/admin/dictionaries/{type}/{code}/delete",
						"/admin/dictionaries/house_use/RESIDENTIAL/delete", DICT, "version=0"),
				// work calendar (national, no data scope): staff read it, district
				// officers
				// keep it (a stale version, a file with a wrong header: nothing changes)
				own(GET, "/api/v1/calendar/days", "/api/v1/calendar/days?year=2025", CAL_READ, null),
				own(GET, "/api/v1/calendar/days.csv", "/api/v1/calendar/days.csv?year=2025", CAL_READ, null),
				own(PUT, "/api/v1/calendar/days/{date}", "/api/v1/calendar/days/2025-10-01", CAL_WRITE,
						"{\"type\":\"HOLIDAY\",\"name\":\"国庆节、中秋节\",\"version\":999}"),
				own(DELETE, "/api/v1/calendar/days/{date}", "/api/v1/calendar/days/2025-10-01?version=999", CAL_WRITE,
						null),
				own(POST, "/api/v1/calendar/imports", "/api/v1/calendar/imports?year=2025", CAL_WRITE, MULTIPART),
				own(GET, "/calendar", "/calendar?year=2025", CAL_READ, null),
				own(POST, "/calendar/days", "/calendar/days", CAL_WRITE,
						"date=2025-10-01&type=HOLIDAY&name=x&version=999"),
				own(POST, "/calendar/days/{date}/delete", "/calendar/days/2025-10-01/delete", CAL_WRITE, "version=999"),
				own(POST, "/calendar/import", "/calendar/import?year=2025", CAL_WRITE, MULTIPART),
				// events: categories (everyone reads; a duplicate code, a stale version)
				own(GET, "/api/v1/event-categories", "/api/v1/event-categories", null, null),
				own(POST, "/api/v1/event-categories", "/api/v1/event-categories", EV_CATEGORY,
						"{\"code\":\"0102\"," + CATEGORY + "}"),
				own(PUT, "/api/v1/event-categories/{code}", "/api/v1/event-categories/0102", EV_CATEGORY,
						"{" + CATEGORY + ",\"version\":999}"),
				// events: intake (a retried request id, a repeated hotline order)
				own(POST, "/api/v1/events", "/api/v1/events", EV_REPORT,
						"{\"categoryCode\":\"0102\",\"description\":\"垃圾\",\"requestId\":\"matrix\"}"),
				own(POST, "/api/v1/events/hotline", "/api/v1/events/hotline", "events.hotline",
						"{\"hotline\":\"12345\",\"orderNumber\":\"{m:order}\",\"categoryCode\":\"0102\",\"description\":\"垃圾\",\"regionId\":{grid}}"),
				// events: device alarms, only the device gateway's (an alarm it sent
				// before: a repeat)
				own(POST, "/api/v1/events/device-alarms", "/api/v1/events/device-alarms", "events.device-intake",
						"{\"deviceCode\":\"matrix\",\"alarmId\":\"{m:order}\",\"categoryCode\":\"0102\",\"description\":\"烟感告警\",\"regionId\":{grid}}"),
				// events: staff (the event is dispatched to the department handler's
				// department; steps carry a stale version)
				list("/api/v1/events", "/api/v1/events?q={m:event}", EV_READ, "event", "event"),
				object(GET, "/api/v1/events/{id}", "/api/v1/events/{event}", EV_READ, "event", null),
				object(POST, "/api/v1/events/{id}/{action:" + DISPATCH_STEPS + "}", "/api/v1/events/{event}/accept",
						EV_DISPATCH, "event", STALE),
				object(POST, "/api/v1/events/{id}/{action:" + HANDLE_STEPS + "}", "/api/v1/events/{event}/start",
						EV_HANDLE, "event", STALE),
				object(POST, "/api/v1/events/{id}/supervise", "/api/v1/events/{event}/supervise", EV_SUPERVISE, "event",
						STALE),
				// events: photos (the reporter's or the handler's; a CSV is no photo, so
				// nothing is stored) and reading one (reporter or staff in scope)
				object(POST, "/api/v1/events/{id}/photos", "/api/v1/events/{event}/photos", EV_REPORT + "|" + EV_HANDLE,
						"event", MULTIPART),
				object(GET, "/api/v1/events/{id}/photos/{photoId}", "/api/v1/events/{event}/photos/{photo}", null,
						"event", null),
				// events: nearby open events and "+1" (every account supports the home
				// event already: a repeat)
				own(GET, "/api/v1/events/nearby", "/api/v1/events/nearby?category=0102&lat=45&lng=126", EV_REPORT,
						null),
				own(POST, "/api/v1/events/{id}/join", "/api/v1/events/{event}/join", EV_REPORT, null),
				own(GET, "/events/nearby", "/events/nearby?categoryCode=0102&latitude=45&longitude=126", EV_REPORT,
						null),
				own(POST, "/events/{id:\\d+}/join", "/events/{event}/join", EV_REPORT, null),
				// Open311 GeoReport v2 (session callers here; api_key callers in
				// Open311Tests): requests are filtered like the queues plus one's own
				// reports; a create is a retried request id
				list("/open311/v2/requests.{format:json|xml}", "/open311/v2/requests.xml?service_request_id={event}",
						null, "event", "event"),
				object(GET, "/open311/v2/requests/{id:\\d+}.{format:json|xml}", "/open311/v2/requests/{event}.json",
						null, "event", null),
				own(POST, "/open311/v2/requests.{format:json|xml}", "/open311/v2/requests.json", EV_REPORT,
						"service_code=0102&description=xx&lat=45&long=126&request_id=matrix"),
				own(GET, "/open311/v2/tokens/{token}.{format:json|xml}", "/open311/v2/tokens/matrix.json", null, null),
				// events: the reporter's own (another's event is not found)
				// notices: the caller's own inbox; another account's message is not found
				own(GET, "/api/v1/me/inbox", "/api/v1/me/inbox", null, null),
				own(POST, "/api/v1/me/inbox/{id}/read", "/api/v1/me/inbox/999999999/read", null, null),
				own(POST, "/api/v1/me/inbox/read-all", "/api/v1/me/inbox/read-all", null, null),
				own(GET, "/me/inbox", "/me/inbox", null, null),
				own(POST, "/me/inbox/{id:\\d+}/read", "/me/inbox/999999999/read", null, null),
				own(POST, "/me/inbox/read-all", "/me/inbox/read-all", null, null),
				own(GET, "/api/v1/me/events", "/api/v1/me/events", null, null),
				own(GET, "/api/v1/me/events/{id}", "/api/v1/me/events/{event}", null, null),
				own(POST, "/api/v1/me/events/{id}/{action:rate|reopen}", "/api/v1/me/events/{event}/rate", null, STALE),
				// events pages
				own(GET, "/events/report", "/events/report", EV_REPORT, null),
				own(POST, "/events/report", "/events/report", EV_REPORT,
						"categoryCode=0102&description=x&requestId=matrix"),
				own(GET, "/events/mine", "/events/mine", null, null),
				own(GET, "/events/mine/{id:\\d+}", "/events/mine/{event}", null, null),
				own(POST, "/events/mine/{id:\\d+}/{action:rate|reopen}", "/events/mine/{event}/rate", null,
						"version=999"),
				list("/events", "/events?q={m:event}", EV_READ, "event", "event"),
				own(GET, "/events/categories", "/events/categories", EV_CATEGORY, null),
				own(GET, "/events/categories/{code}", "/events/categories/0102", EV_CATEGORY, null),
				own(POST, "/events/categories/{code}", "/events/categories/0102", EV_CATEGORY,
						"labelZh=a&labelEn=b&handlingLevel=GRID&severity=GENERAL&acceptHours=1&dispatchHours=1&handleHours=8&verifyHours=4&enabled=true&version=999"),
				object(GET, "/events/{id:\\d+}", "/events/{event}", EV_READ, "event", null),
				object(POST, "/events/{id:\\d+}/{action:" + DISPATCH_STEPS + "}", "/events/{event}/accept", EV_DISPATCH,
						"event", "version=999"),
				object(POST, "/events/{id:\\d+}/{action:" + HANDLE_STEPS + "}", "/events/{event}/start", EV_HANDLE,
						"event", "version=999"),
				object(POST, "/events/{id:\\d+}/supervise", "/events/{event}/supervise", EV_SUPERVISE, "event",
						"version=999"),
				// events: automatic classification (a suggestion changes nothing; a
				// retraining only rebuilds the in-memory model)
				own(POST, "/api/v1/event-classifier/suggest", "/api/v1/event-classifier/suggest", EV_REPORT,
						"{\"text\":\"垃圾没人清理\"}"),
				own(POST, "/api/v1/event-classifier/retrain", "/api/v1/event-classifier/retrain", EV_CATEGORY, null),
				own(GET, "/events/report/suggestions", "/events/report/suggestions?description=x", EV_REPORT, null),
				// events: the claim pool (claiming a request somebody else holds, stale
				// versions)
				list("/api/v1/claims", "/api/v1/claims", EV_CLAIM, "pooled", "pooled"),
				object(POST, "/api/v1/claims/{id}/claim", "/api/v1/claims/{claimed}/claim", EV_CLAIM, "claimed", null),
				object(POST, "/api/v1/claims/{id}/release", "/api/v1/claims/{claimed}/release", EV_CLAIM, "claimed",
						STALE),
				object(POST, "/api/v1/claims/{id}/handle", "/api/v1/claims/{claimed}/handle", EV_CLAIM, "claimed",
						STALE),
				list("/events/claims", "/events/claims", EV_CLAIM, "pooled", "pooled"),
				object(POST, "/events/claims/{id:\\d+}/claim", "/events/claims/{claimed}/claim", EV_CLAIM, "claimed",
						null),
				object(POST, "/events/claims/{id:\\d+}/{action:release|handle}", "/events/claims/{claimed}/release",
						EV_CLAIM, "claimed", "version=999&reason=matrix"),
				// dashboard: the caller's own node, a node to drill into, the rebuild (an
				// operations task that shows no business data)
				own(GET, "/api/v1/dashboard/events", "/api/v1/dashboard/events", DASH_READ, null),
				object(GET, "/api/v1/dashboard/events/{regionId}", "/api/v1/dashboard/events/{grid}", DASH_READ, "grid",
						null),
				// the population of the same nodes needs population.read too, which every
				// role reading the dashboard holds
				own(GET, "/api/v1/dashboard/population", "/api/v1/dashboard/population", DASH_READ, null),
				object(GET, "/api/v1/dashboard/population/{regionId}", "/api/v1/dashboard/population/{grid}", DASH_READ,
						"grid", null),
				own(POST, "/api/v1/dashboard/rebuild", "/api/v1/dashboard/rebuild", "dashboard.rebuild", null),
				own(GET, "/dashboard", "/dashboard", DASH_READ, null),
				object(GET, "/dashboard/regions/{id:\\d+}", "/dashboard/regions/{grid}", DASH_READ, "grid", null));
	}

	/**
	 * Endpoints every visitor or every logged-in caller may use, checked by their own
	 * tests.
	 */
	static List<String> unscopedByDesign() {
		return List.of("GET /", "GET /login", "ANY /error", "GET /register", "POST /register",
				// Open311 discovery and service list: public by the spec (Open311Tests)
				"GET /open311/v2/discovery.{format:json|xml}", "GET /open311/v2/services.{format:json|xml}",
				"GET /open311/v2/services/{code}.{format:json|xml}");
	}

}
