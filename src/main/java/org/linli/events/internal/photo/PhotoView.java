package org.linli.events.internal.photo;

/**
 * A stored photo as pages and the API list it.
 *
 * @param id photo id
 * @param eventId its event
 * @param stepId the 反馈 step it belongs to, or null for the report's own photos
 * @param contentType image/jpeg, image/png or image/webp
 * @param width width in pixels
 * @param height height in pixels
 */
public record PhotoView(long id, long eventId, Long stepId, String contentType, int width, int height) {

	public String url() {
		return "/api/v1/events/" + eventId + "/photos/" + id;
	}

}
