package org.linli.security;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.linli.events.internal.photo.FileStore;
import org.linli.events.internal.photo.TestPhotos;
import org.linli.identity.Role;
import org.linli.population.internal.protect.ResidentProtection;
import org.linli.shared.IdCardNumber;
import org.linli.shared.PhoneNumber;
import org.linli.shared.RegionPath;
import org.linli.testing.TestAccounts;
import org.linli.testing.TestCity;
import org.linli.testing.TestIdCards;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Two cities for the authorization matrix. "home" holds the objects the callers may or
 * may not reach depending on where they work; "foreign" holds the same objects in a city
 * none of them works in. Every role has one account in the home city at the level it
 * works at.
 */
final class MatrixFixture {

	/** Objects of one city, by placeholder name used in endpoint templates. */
	record Side(Map<String, Long> ids, Map<String, RegionPath> paths, Map<String, String> markers) {

		long id(String name) {
			Long id = ids.get(name);
			if (id == null) {
				throw new IllegalArgumentException("no fixture object " + name);
			}
			return id;
		}

	}

	final Side home;

	final Side foreign;

	final Map<Role, String> usernames = new EnumMap<>(Role.class);

	final Map<Role, RegionPath> nodes = new EnumMap<>(Role.class);

	MatrixFixture(JdbcClient jdbc, PasswordEncoder encoder, ResidentProtection protection, FileStore files) {
		TestCity homeCity = TestCity.create(jdbc);
		TestCity foreignCity = TestCity.create(jdbc);
		home = side(jdbc, homeCity, "甲");
		foreign = side(jdbc, foreignCity, "外");
		resident(jdbc, protection, home, homeCity);
		resident(jdbc, protection, foreign, foreignCity);
		TestAccounts accounts = new TestAccounts(jdbc, encoder);
		for (var pair : java.util.List.of(java.util.Map.entry(home, homeCity),
				java.util.Map.entry(foreign, foreignCity))) {
			// An account the system admin manages (or, in the foreign city, must not
			// see).
			String managed = accounts.create(Role.GRID_WORKER, pair.getValue().gridA);
			pair.getKey().ids().put("account", accounts.idOf(managed));
			pair.getKey().paths().put("account", pair.getValue().gridA.path());
			pair.getKey().markers().put("account", managed);
		}
		TestCity.Node group = new TestCity.Node(home.id("group"), null, home.paths().get("group"));
		put(accounts, Role.RESIDENT, null);
		put(accounts, Role.MERCHANT, null);
		put(accounts, Role.GRID_WORKER, homeCity.gridA);
		put(accounts, Role.HOUSEHOLD_HEAD, group);
		put(accounts, Role.COMMUNITY_WORKER, homeCity.communityA);
		put(accounts, Role.STREET_OFFICER, homeCity.street);
		put(accounts, Role.DISTRICT_OFFICER, homeCity.district);
		put(accounts, Role.DEPARTMENT_HANDLER, homeCity.district);
		put(accounts, Role.LEADER, homeCity.city);
		put(accounts, Role.DEVICE_GATEWAY, homeCity.district);
		put(accounts, Role.SYSTEM_ADMIN, homeCity.city);
		put(accounts, Role.SECURITY_ADMIN, homeCity.city);
		put(accounts, Role.AUDIT_ADMIN, homeCity.city);
		proposal(jdbc, home, accounts.idOf(usernames.get(Role.RESIDENT)));
		proposal(jdbc, foreign, accounts.idOf(accounts.create(Role.RESIDENT, null)));
		event(jdbc, home, homeCity, "甲");
		event(jdbc, foreign, foreignCity, "外");
		claims(jdbc, home, homeCity, "甲");
		claims(jdbc, foreign, foreignCity, "外");
		photo(jdbc, files, home);
		photo(jdbc, files, foreign);
		// 随手拍 retried: each reporting account's request id "matrix" was seen before,
		// so a report in the matrix answers with that event and makes none.
		for (Role role : Role.values()) {
			long account = accounts.idOf(usernames.get(role));
			insertEvent(jdbc, homeCity, account, "matrix", null, null, "重放" + role, "REPORTED", null);
			// everybody supports the home event already, so a "+1" in the matrix is a
			// repeat
			jdbc.sql("insert into events_supporter (event_id, account_id, joined_at) values (:e, :a, now())")
				.param("e", home.id("event"))
				.param("a", account)
				.update();
		}
		// the device gateway sent the matrix's alarm before: posting it again answers
		// with that event and makes none
		insertEvent(jdbc, homeCity, accounts.idOf(usernames.get(Role.DEVICE_GATEWAY)),
				"alarm:" + home.markers().get("order"), null, null, "告警重放", "REPORTED", null);
	}

	/**
	 * Binds the resident of a side to {@code account} and gives it a pending self-update
	 * proposal (its marker: the resident's name, as review lists show it).
	 */
	private static void proposal(JdbcClient jdbc, Side side, long account) {
		jdbc.sql("update population_resident set account_id = :account where id = :id")
			.param("account", account)
			.param("id", side.id("resident"))
			.update();
		long proposal = jdbc.sql("""
				insert into population_proposal (resident_id, account_id, record_version, created_at)
				values (:resident, :account, 0, now()) returning id""")
			.param("resident", side.id("resident"))
			.param("account", account)
			.query(Long.class)
			.single();
		jdbc.sql("""
				insert into population_proposal_change (proposal_id, field, before_value, proposed_value)
				values (:p, 'education', null, 'BACHELOR')""").param("p", proposal).update();
		side.ids().put("proposal", proposal);
		side.paths().put("proposal", side.paths().get("resident"));
		side.markers().put("proposal", side.markers().get("resident"));
	}

	/**
	 * A hotline event in grid A dispatched to the department CITY_MANAGEMENT (the
	 * matrix's department handler's): its description is the marker "event", its order
	 * number the marker "order".
	 */
	private static void event(JdbcClient jdbc, Side side, TestCity city, String tag) {
		String description = "事件" + tag + city.city.code();
		String order = "M" + city.city.code();
		long id = insertEvent(jdbc, city, 0, null, "12345", order, description, "DISPATCHED", "CITY_MANAGEMENT");
		side.ids().put("event", id);
		side.paths().put("event", city.gridA.path());
		side.markers().put("event", description);
		side.markers().put("order", order);
	}

	/**
	 * A help request waiting in grid A's claim pool (marker "pooled", its description)
	 * and one claimed by somebody else already ("claimed"): claiming it again is refused,
	 * so the matrix changes nothing.
	 */
	private static void claims(JdbcClient jdbc, Side side, TestCity city, String tag) {
		String description = "点单" + tag + city.city.code();
		long pooled = insertEvent(jdbc, city, 0, null, null, null, description, "POOLED", null);
		side.ids().put("pooled", pooled);
		side.paths().put("pooled", city.gridA.path());
		side.markers().put("pooled", description);
		long claimed = insertEvent(jdbc, city, 0, null, null, null, "已接" + tag, "IN_PROGRESS", null);
		jdbc.sql(
				"update events_event set claimed_by = 0, claimed_by_name = 'matrix', claimed_at = now() where id = :id")
			.param("id", claimed)
			.update();
		side.ids().put("claimed", claimed);
		side.paths().put("claimed", city.gridA.path());
	}

	/** A photo of the side's event, its file in the store. */
	private static void photo(JdbcClient jdbc, FileStore files, Side side) {
		byte[] png = TestPhotos.png(4, 4);
		String key = "events/00/matrix-" + side.id("event") + ".png";
		files.put(key, png);
		side.ids()
			.put("photo", jdbc.sql("""
					insert into events_photo (event_id, content_type, size_bytes, sha256, width, height, storage_key,
					       created_by, created_at)
					values (:e, 'image/png', :size, repeat('0', 64), 4, 4, :key, 0, now()) returning id""")
				.param("e", side.id("event"))
				.param("size", png.length)
				.param("key", key)
				.query(Long.class)
				.single());
		side.paths().put("photo", side.paths().get("event"));
	}

	private static long insertEvent(JdbcClient jdbc, TestCity city, long reporter, String requestId, String hotline,
			String order, String description, String state, String department) {
		return jdbc.sql("""
				insert into events_event (category_code, severity, description, channel, hotline, hotline_order,
				       reporter_account_id, reporter_name, reporter_role, request_id, region_id, path, state,
				       handling_level, handling_department, reported_at, updated_at)
				values ('0102', 'GENERAL', :description, :channel, :hotline, :order, :reporter, 'matrix', 'RESIDENT',
				       :requestId, :region, cast(:path as ltree), :state, :level, :department, now(), now())
				returning id""")
			.param("description", description)
			.param("channel", hotline == null ? "RESIDENT" : "HOTLINE")
			.param("hotline", hotline)
			.param("order", order)
			.param("reporter", reporter)
			.param("requestId", requestId)
			.param("region", city.gridA.id())
			.param("path", city.gridA.path().value())
			.param("state", state)
			.param("level", department == null ? null : "DEPARTMENT")
			.param("department", department)
			.query(Long.class)
			.single();
	}

	/**
	 * A resident in grid A, encrypted as the application stores it; its ID number is the
	 * marker "residentid" (a create with it is a duplicate).
	 */
	private static void resident(JdbcClient jdbc, ResidentProtection protection, Side side, TestCity city) {
		IdCardNumber idCard = IdCardNumber.parse(TestIdCards.random());
		var id = protection.seal(idCard);
		var phone = protection.seal(PhoneNumber.parse(TestIdCards.mobile()));
		String name = "Resident" + city.city.code();
		long resident = jdbc.sql("""
				insert into population_resident (path, region_id, house_id, name, id_number_cipher, id_number_index,
				       id_number_masked, birth_date, sex, phone_cipher, phone_index, phone_masked, residence_type)
				values (cast(:path as ltree), :region, :house, :name, :idCipher, :idIndex, :idMasked, :birth, :sex,
				       :phoneCipher, :phoneIndex, :phoneMasked, 'REGISTERED') returning id""")
			.param("path", city.gridA.path().value())
			.param("region", city.gridA.id())
			.param("house", side.id("house"))
			.param("name", name)
			.param("idCipher", id.cipher())
			.param("idIndex", id.index())
			.param("idMasked", id.masked())
			.param("birth", idCard.birthDate())
			.param("sex", idCard.male() ? "M" : "F")
			.param("phoneCipher", phone.cipher())
			.param("phoneIndex", phone.index())
			.param("phoneMasked", phone.masked())
			.query(Long.class)
			.single();
		long occupancy = jdbc.sql("""
				insert into population_occupancy (house_id, resident_id, path, kind, created_by)
				values (:house, :resident, cast(:path as ltree), 'OWNER', 'matrix') returning id""")
			.param("house", side.id("house"))
			.param("resident", resident)
			.param("path", city.gridA.path().value())
			.query(Long.class)
			.single();
		long household = jdbc.sql("""
				insert into population_household (path, house_id, head_resident_id)
				values (cast(:path as ltree), :house, :resident) returning id""")
			.param("path", city.gridA.path().value())
			.param("house", side.id("house"))
			.param("resident", resident)
			.query(Long.class)
			.single();
		jdbc.sql(
				"insert into population_household_member (household_id, resident_id, relation) values (:h, :r, 'HEAD')")
			.param("h", household)
			.param("r", resident)
			.update();
		side.ids().put("household", household);
		side.paths().put("household", city.gridA.path());
		side.ids().put("occupancy", occupancy);
		side.paths().put("occupancy", city.gridA.path());
		side.markers().put("occupancy", name);
		side.ids().put("resident", resident);
		side.paths().put("resident", city.gridA.path());
		side.markers().put("resident", name);
		side.markers().put("residentid", idCard.value());
	}

	private void put(TestAccounts accounts, Role role, TestCity.Node node) {
		usernames.put(role, accounts.create(role, node));
		nodes.put(role, node == null ? null : node.path());
	}

	/**
	 * The region objects below grid A of a city: a ten-household unit, compound,
	 * building, unit, house.
	 */
	private static Side side(JdbcClient jdbc, TestCity city, String tag) {
		Map<String, Long> ids = new HashMap<>();
		Map<String, RegionPath> paths = new HashMap<>();
		Map<String, String> markers = new HashMap<>();
		TestCity.Node group = city.add(jdbc, city.gridA, "HOUSEHOLD_GROUP", city.gridA.code() + "001", tag + "十联户");
		record Named(String name, TestCity.Node node) {
		}
		for (Named n : new Named[] { new Named("city", city.city), new Named("district", city.district),
				new Named("street", city.street), new Named("community", city.communityA),
				new Named("grid", city.gridA), new Named("group", group) }) {
			ids.put(n.name(), n.node().id());
			paths.put(n.name(), n.node().path());
			markers.put(n.name(), n.node().code());
		}
		String compoundName = tag + "小区" + city.city.code();
		long compound = jdbc
			.sql("""
					insert into region_compound (community_id, name, path) values (:c, :name, cast(:path as ltree)) returning id""")
			.param("c", city.communityA.id())
			.param("name", compoundName)
			.param("path", city.communityA.path().value())
			.query(Long.class)
			.single();
		long building = jdbc.sql("""
				insert into region_building (compound_id, grid_id, number, name, path)
				values (:compound, :grid, '1', :name, cast(:path as ltree)) returning id""")
			.param("compound", compound)
			.param("grid", city.gridA.id())
			.param("name", tag + "1栋")
			.param("path", city.gridA.path().value())
			.query(Long.class)
			.single();
		long unit = jdbc.sql("insert into region_unit (building_id, number) values (:b, '1') returning id")
			.param("b", building)
			.query(Long.class)
			.single();
		String room = "R" + city.city.code();
		long house = jdbc.sql("""
				insert into region_house (building_id, unit_id, room_number, floor, area, path)
				values (:b, :u, :room, 1, 88.5, cast(:path as ltree)) returning id""")
			.param("b", building)
			.param("u", unit)
			.param("room", room)
			.param("path", city.gridA.path().value())
			.query(Long.class)
			.single();
		long regionImport = jdbc.sql("""
				insert into region_import (account_id, username, scope_path, file_name, format, dry_run, status)
				values (0, 'matrix', cast(:path as ltree), 'matrix.csv', 'CSV', true, 'VALID') returning id""")
			.param("path", city.gridA.path().value())
			.query(Long.class)
			.single();
		// An open door-knock campaign over community A; its name is the marker lists
		// must not leak.
		String campaignName = tag + "敲门" + city.city.code();
		ids.put("campaign",
				jdbc.sql("""
						insert into population_campaign (region_id, path, name, starts_on, ends_on, created_by)
						values (:region, cast(:path as ltree), :name, current_date - 1, current_date + 30, 'matrix')
						returning id""")
					.param("region", city.communityA.id())
					.param("path", city.communityA.path().value())
					.param("name", campaignName)
					.query(Long.class)
					.single());
		paths.put("campaign", city.communityA.path());
		markers.put("campaign", campaignName);
		ids.put("import", regionImport);
		ids.put("popimport", jdbc.sql("""
				insert into population_import (account_id, username, scope_path, file_name, format, dry_run, status)
				values (0, 'matrix', cast(:path as ltree), 'matrix.csv', 'CSV', true, 'VALID') returning id""")
			.param("path", city.gridA.path().value())
			.query(Long.class)
			.single());
		paths.put("popimport", city.gridA.path());
		paths.put("import", city.gridA.path());
		ids.put("compound", compound);
		paths.put("compound", city.communityA.path());
		markers.put("compound", compoundName);
		ids.put("building", building);
		paths.put("building", city.gridA.path());
		markers.put("building", tag + "1栋");
		ids.put("unit", unit);
		paths.put("unit", city.gridA.path());
		ids.put("house", house);
		paths.put("house", city.gridA.path());
		markers.put("house", room);
		return new Side(ids, paths, markers);
	}

}
