package org.linli.events.internal.photo;

import java.time.Duration;
import java.util.List;

import org.linli.events.EventsPermissions;
import org.linli.events.internal.Actors;
import org.linli.shared.Jurisdiction;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Event photos over the API: the reporter adds photos to their report, the handler to
 * their 反馈 (multipart field {@code file}, repeated, at most six per report or step); the
 * reporter and staff in scope read them. Photos never change, so browsers may keep them,
 * privately.
 */
@RestController
class PhotoController {

	private final PhotoSteps steps;

	private final EventPhotos photos;

	PhotoController(PhotoSteps steps, EventPhotos photos) {
		this.steps = steps;
		this.photos = photos;
	}

	@PostMapping(path = "/api/v1/events/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAnyAuthority('events.report', 'events.handle')")
	List<PhotoView> attach(@PathVariable long id,
			@RequestParam(name = "file", required = false) List<MultipartFile> file, Jurisdiction j,
			Authentication auth) {
		boolean handler = auth.getAuthorities()
			.stream()
			.anyMatch(a -> EventsPermissions.HANDLE.equals(a.getAuthority()));
		return steps.attach(Actors.of(j, auth), handler, id, Upload.of("file", file));
	}

	@GetMapping("/api/v1/events/{id}/photos/{photoId}")
	ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long photoId, Jurisdiction j,
			Authentication auth) {
		boolean staff = auth.getAuthorities().stream().anyMatch(a -> EventsPermissions.READ.equals(a.getAuthority()));
		EventPhotos.PhotoFile file = photos.open(j, staff, id, photoId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.cacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePrivate())
			.eTag(file.key())
			.header("Content-Disposition", "inline")
			.body(file.bytes());
	}

}
