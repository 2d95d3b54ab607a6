package org.linli.events.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.linli.events.EventReported;
import org.linli.shared.ConflictException;
import org.linli.shared.InvalidInputException;
import org.linli.shared.Jurisdiction;
import org.linli.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 多渠道受理 — many entrances, one platform: residents' 随手拍, grid workers' patrol reports,
 * hotline work orders and device alarms all become events here. Every entrance is
 * idempotent: a request id (per account), a hotline order number (per hotline) or a
 * device alarm id (per device system's account) that was seen before answers with the
 * first event, enforced by unique indexes, so two retries racing each other still make
 * one event.
 */
@Service
@Transactional
public class EventIntake {

	private final EventStore store;

	private final Categories categories;

	private final EventPlaces places;

	private final EventQueries queries;

	private final WorkingTime time;

	private final ApplicationEventPublisher publisher;

	private final DeviceCodes devices;

	private final Clock clock;

	EventIntake(EventStore store, Categories categories, EventPlaces places, EventQueries queries, WorkingTime time,
			ApplicationEventPublisher publisher, DeviceCodes devices, Clock clock) {
		this.store = store;
		this.categories = categories;
		this.places = places;
		this.queries = queries;
		this.time = time;
		this.publisher = publisher;
		this.devices = devices;
		this.clock = clock;
	}

	/**
	 * Takes a resident's or patrol report; anyone may report anywhere. Returns the event
	 * id (the first one, for a retried request).
	 */
	public Taken report(Actor reporter, Report report) {
		String requestId = requestId(report.requestId());
		if (requestId != null) {
			Optional<Long> first = store.byRequest(reporter.accountId(), requestId);
			if (first.isPresent()) {
				return new Taken(first.get(), false);
			}
		}
		Place place = places.locate(reporter, report.houseId(), report.regionId());
		String channel = reporter.jurisdiction().scope() == Jurisdiction.Scope.SELF ? "RESIDENT" : "PATROL";
		return take(reporter, report, place, channel, null, null, requestId).map(id -> new Taken(id, true))
			.orElseGet(() -> new Taken(store.byRequest(reporter.accountId(), requestId).orElseThrow(), false));
	}

	/**
	 * The event a create answered with.
	 *
	 * @param id the event
	 * @param created whether this call made it (false: a retry or a repeated order)
	 */
	public record Taken(long id, boolean created) {
	}

	/**
	 * Takes a hotline work order at a hotline desk; the place must lie inside the desk's
	 * jurisdiction. A repeated order number answers with the first event when the desk
	 * may see it, otherwise as a conflict (it never reveals another district's event).
	 */
	public Taken hotline(Actor desk, HotlineOrder order) {
		if (order.hotline() == null || !HotlineOrder.HOTLINES.contains(order.hotline().trim())) {
			throw new InvalidInputException("error.events.hotline.unknown", "hotline");
		}
		String hotline = order.hotline().trim();
		String number = order.orderNumber() == null ? "" : order.orderNumber().trim();
		if (!number.matches("[A-Za-z0-9_\\-]{1,60}")) {
			throw new InvalidInputException("error.events.hotline.order", "orderNumber");
		}
		Optional<Long> first = store.byHotlineOrder(hotline, number);
		if (first.isPresent()) {
			return new Taken(visibleOrTaken(desk, first.get()), false);
		}
		Report report = order.report();
		if (report.houseId() == null && report.regionId() == null) {
			throw new InvalidInputException("error.events.place.required", "regionId");
		}
		Place place = places.locate(desk, report.houseId(), report.regionId());
		if (!desk.jurisdiction().covers(place.path())) {
			throw new NotFoundException("region", place.regionId());
		}
		return take(desk, report, place, "HOTLINE", hotline, number, null).map(id -> new Taken(id, true))
			.orElseGet(
					() -> new Taken(visibleOrTaken(desk, store.byHotlineOrder(hotline, number).orElseThrow()), false));
	}

	/**
	 * Takes a device system's alarm (channel DEVICE); the place must lie inside the
	 * system account's jurisdiction. The alarm id is kept as the account's request id, so
	 * a redelivered alarm — also two at once — answers with the first event.
	 */
	public Taken device(Actor system, DeviceAlarm alarm) {
		String device = alarm.deviceCode() == null ? "" : alarm.deviceCode().trim();
		if (!device.matches("[A-Za-z0-9_.:\\-]{1,60}")) {
			throw new InvalidInputException("error.events.device.code", "deviceCode");
		}
		String alarmId = alarm.alarmId() == null ? "" : alarm.alarmId().trim();
		if (!alarmId.matches("[A-Za-z0-9_.:\\-]{1,58}")) {
			throw new InvalidInputException("error.events.device.alarm", "alarmId");
		}
		String requestId = DeviceAlarm.REQUEST_PREFIX + alarmId;
		Optional<Long> first = store.byRequest(system.accountId(), requestId);
		if (first.isPresent()) {
			return new Taken(first.get(), false);
		}
		Report report = alarm.report();
		if (report.houseId() == null && report.regionId() == null) {
			throw new InvalidInputException("error.events.place.required", "regionId");
		}
		Place place = places.locate(system, report.houseId(), report.regionId());
		if (!system.jurisdiction().covers(place.path())) {
			throw new NotFoundException("region", place.regionId());
		}
		Optional<Long> id = take(system, report, place, "DEVICE", null, null, requestId);
		id.ifPresent(eventId -> devices.remember(eventId, device));
		return id.map(eventId -> new Taken(eventId, true))
			.orElseGet(() -> new Taken(store.byRequest(system.accountId(), requestId).orElseThrow(), false));
	}

	private long visibleOrTaken(Actor desk, long id) {
		if (!queries.visible(desk.jurisdiction(), id)) {
			throw ConflictException.onField("orderNumber", "error.events.hotline.taken");
		}
		return id;
	}

	private Optional<Long> take(Actor reporter, Report report, Place place, String channel, String hotline,
			String order, String requestId) {
		Category category = categories.usable(report.categoryCode());
		String description = Texts.optional(report.description());
		if (description == null || description.length() < 2) {
			throw new InvalidInputException("error.events.text.required", "description", 2, 1000);
		}
		checkPoint(report.latitude(), report.longitude());
		String address = Texts.optional(report.address());
		if (address != null && address.length() > 200) {
			throw new InvalidInputException("error.events.text.tooLong", "address", 200);
		}
		Instant now = clock.instant();
		var draft = new EventStore.NewEvent(category, description, channel, hotline, order, reporter, requestId,
				place.regionId(), place.houseId(), report.latitude(), report.longitude(), address, place.path(), now);
		Optional<Long> id = store.insert(draft, category.limits().dueFor(EventState.REPORTED, now, time));
		id.ifPresent(eventId -> publisher.publishEvent(
				new EventReported(eventId, category.code(), place.path(), channel, reporter.accountId(), now)));
		return id;
	}

	private static void checkPoint(BigDecimal latitude, BigDecimal longitude) {
		if ((latitude == null) != (longitude == null)) {
			throw new InvalidInputException("error.events.point", latitude == null ? "latitude" : "longitude");
		}
		if (latitude != null && (latitude.abs().compareTo(BigDecimal.valueOf(90)) > 0
				|| longitude.abs().compareTo(BigDecimal.valueOf(180)) > 0)) {
			throw new InvalidInputException("error.events.point", "latitude");
		}
	}

	private static String requestId(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String id = value.trim();
		if (!id.matches("[A-Za-z0-9_.:\\-]{1,64}")) {
			throw new InvalidInputException("error.events.requestId", "requestId");
		}
		return id;
	}

}
