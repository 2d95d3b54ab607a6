package org.linli.events.internal.photo;

import java.util.List;
import java.util.Optional;

import org.linli.events.internal.Actor;
import org.linli.events.internal.EventAction;
import org.linli.events.internal.EventDesk;
import org.linli.events.internal.EventIntake;
import org.linli.events.internal.EventQueries;
import org.linli.events.internal.Report;
import org.linli.events.internal.StepCommand;
import org.linli.shared.ConflictException;
import org.linli.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps that carry photos: a report with its photos, 反馈 with its photos, and photos
 * added afterwards through the API. Photos are checked before anything is written, and a
 * step and its photos commit together. A photo's GPS point places a report that names no
 * point of its own.
 */
@Service
@Transactional
public class PhotoSteps {

	private final EventIntake intake;

	private final EventDesk desk;

	private final EventQueries queries;

	private final EventPhotos photos;

	private final JdbcClient jdbc;

	PhotoSteps(EventIntake intake, EventDesk desk, EventQueries queries, EventPhotos photos, JdbcClient jdbc) {
		this.intake = intake;
		this.desk = desk;
		this.queries = queries;
		this.photos = photos;
		this.jdbc = jdbc;
	}

	/** 随手拍 with photos; a retried request returns the first event and adds nothing. */
	public EventIntake.Taken report(Actor reporter, Report report, List<Upload> uploads) {
		List<CleanPhoto> clean = photos.check(uploads);
		Report placed = clean.stream()
			.filter(CleanPhoto::located)
			.findFirst()
			.map(p -> report.suggestPoint(p.latitude(), p.longitude()))
			.orElse(report);
		EventIntake.Taken taken = intake.report(reporter, placed);
		if (taken.created()) {
			photos.store(taken.id(), null, reporter.accountId(), clean, "photos");
		}
		return taken;
	}

	/** 反馈 with photos of the work done. */
	public void handle(Actor handler, long eventId, Integer version, StepCommand command, List<Upload> uploads) {
		List<CleanPhoto> clean = photos.check(uploads);
		desk.take(handler, eventId, version, EventAction.HANDLE, command);
		photos.store(eventId, lastHandleStep(eventId).orElseThrow(), handler.accountId(), clean, "photos");
	}

	/**
	 * Photos sent after the fact: the reporter's go with the report, the handler's with
	 * their latest 反馈 while it waits for verification. Staff who may see the event but
	 * cannot add now get a conflict; anyone else "not found".
	 */
	public List<PhotoView> attach(Actor caller, boolean handler, long eventId, List<Upload> uploads) {
		record Event(long reporter, String state, Long handledBy) {
		}
		Event event = jdbc.sql("select reporter_account_id, state, handled_by from events_event where id = :id")
			.param("id", eventId)
			.query((rs, n) -> new Event(rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class)))
			.optional()
			.orElseThrow(() -> new NotFoundException("event", eventId));
		boolean reporter = event.reporter() == caller.accountId();
		if (!reporter && !(handler && queries.visible(caller.jurisdiction(), eventId))) {
			throw new NotFoundException("event", eventId);
		}
		List<CleanPhoto> clean = photos.check(uploads);
		if (reporter) {
			photos.store(eventId, null, caller.accountId(), clean, "file");
			clean.stream().filter(CleanPhoto::located).findFirst().ifPresent(p -> suggestPoint(eventId, p));
		}
		else if ("HANDLED".equals(event.state()) && Long.valueOf(caller.accountId()).equals(event.handledBy())) {
			photos.store(eventId, lastHandleStep(eventId).orElseThrow(), caller.accountId(), clean, "file");
		}
		else {
			throw ConflictException.onField("file", "error.events.photo.notNow");
		}
		return photos.of(eventId);
	}

	private void suggestPoint(long eventId, CleanPhoto photo) {
		jdbc.sql("""
				update events_event set latitude = :lat, longitude = :lng
				 where id = :id and latitude is null and longitude is null""")
			.param("lat", photo.latitude())
			.param("lng", photo.longitude())
			.param("id", eventId)
			.update();
	}

	private Optional<Long> lastHandleStep(long eventId) {
		return jdbc.sql("select max(id) from events_step where event_id = :e and action = 'HANDLE'")
			.param("e", eventId)
			.query(Long.class)
			.optional();
	}

}
