package org.linli.events.internal.photo;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;

import org.linli.events.internal.EventScope;
import org.linli.shared.ConflictException;
import org.linli.shared.InvalidInputException;
import org.linli.shared.Jurisdiction;
import org.linli.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores checked photos with their event (and step), lists them, and opens one for a
 * caller who may see its event: the reporter, or staff whose scope covers it.
 */
@Service
@Transactional
public class EventPhotos {

	private static final String COLUMNS = "select p.id, p.event_id, p.step_id, p.content_type, p.width, p.height";

	private final JdbcClient jdbc;

	private final FileStore files;

	private final PhotoScrubber scrubber;

	private final PhotoProperties properties;

	private final Clock clock;

	EventPhotos(JdbcClient jdbc, FileStore files, PhotoScrubber scrubber, PhotoProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.files = files;
		this.scrubber = scrubber;
		this.properties = properties;
		this.clock = clock;
	}

	/** Checks every upload first, so a bad one leaves nothing half-written. */
	List<CleanPhoto> check(List<Upload> uploads) {
		if (uploads.size() > properties.maxPerStep()) {
			throw new InvalidInputException("error.events.photo.count", uploads.get(0).field(),
					properties.maxPerStep());
		}
		return uploads.stream().map(u -> scrubber.scrub(u.bytes(), u.field())).toList();
	}

	/**
	 * Adds photos to the report (step null) or to a 反馈 step, within the per-step limit.
	 */
	void store(long eventId, Long stepId, long accountId, List<CleanPhoto> photos, String field) {
		if (photos.isEmpty()) {
			return;
		}
		// one writer per event at a time, so two uploads cannot both pass the count
		jdbc.sql("select id from events_event where id = :id for update")
			.param("id", eventId)
			.query(Long.class)
			.single();
		long existing = jdbc
			.sql("select count(*) from events_photo where event_id = :e and step_id is not distinct from :s")
			.param("e", eventId)
			.param("s", stepId)
			.query(Long.class)
			.single();
		if (existing + photos.size() > properties.maxPerStep()) {
			throw ConflictException.onField(field, "error.events.photo.count", properties.maxPerStep());
		}
		for (CleanPhoto photo : photos) {
			String sha = sha256(photo.bytes());
			String key = "events/" + sha.substring(0, 2) + "/" + sha + "." + photo.type().extension;
			files.put(key, photo.bytes());
			jdbc.sql("""
					insert into events_photo (event_id, step_id, content_type, size_bytes, sha256, width, height,
					       storage_key, created_by, created_at)
					values (:e, :s, :type, :size, :sha, :w, :h, :key, :by, :at)""")
				.param("e", eventId)
				.param("s", stepId)
				.param("type", photo.type().contentType)
				.param("size", photo.bytes().length)
				.param("sha", sha)
				.param("w", photo.width())
				.param("h", photo.height())
				.param("key", key)
				.param("by", accountId)
				.param("at", Timestamp.from(clock.instant()))
				.update();
		}
	}

	/** The photos of an event the caller was already allowed to see, oldest first. */
	@Transactional(readOnly = true)
	public List<PhotoView> of(long eventId) {
		return jdbc.sql(COLUMNS + " from events_photo p where p.event_id = :e order by p.id")
			.param("e", eventId)
			.query((rs, n) -> new PhotoView(rs.getLong(1), rs.getLong(2), rs.getObject(3, Long.class), rs.getString(4),
					rs.getInt(5), rs.getInt(6)))
			.list();
	}

	/**
	 * A photo's bytes for its event's reporter or for staff (with events.read) whose
	 * scope covers the event; "not found" otherwise.
	 */
	@Transactional(readOnly = true)
	public PhotoFile open(Jurisdiction j, boolean staff, long eventId, long photoId) {
		record Row(String type, String key) {
		}
		Row row = EventScope
			.bind(jdbc.sql("""
					select p.content_type, p.storage_key from events_photo p join events_event e on e.id = p.event_id
					 where p.id = :p and p.event_id = :e and (e.reporter_account_id = :me or (:staff and\s"""
					+ EventScope.SQL + "))"), j)
			.param("p", photoId)
			.param("e", eventId)
			.param("me", j.accountId())
			.param("staff", staff)
			.query((rs, n) -> new Row(rs.getString(1), rs.getString(2)))
			.optional()
			.orElseThrow(() -> new NotFoundException("photo", photoId));
		byte[] bytes = files.get(row.key()).orElseThrow(() -> new NotFoundException("photo", photoId));
		return new PhotoFile(row.type(), bytes, row.key());
	}

	/**
	 * A photo's content.
	 *
	 * @param contentType its media type
	 * @param bytes its bytes
	 * @param key its content-addressed key (an ETag that never changes)
	 */
	public record PhotoFile(String contentType, byte[] bytes, String key) {
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
