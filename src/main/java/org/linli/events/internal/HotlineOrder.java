package org.linli.events.internal;

import java.util.List;

/**
 * A work order passed on by a hotline, under the hotline's own order number.
 *
 * @param hotline 12345 (government service), 12319 (urban construction and management),
 * 110 (police non-emergency), 12369 (environment), 12315 (market regulation)
 * @param orderNumber the hotline's order number: a second delivery of the same number is
 * the same order
 * @param report what the caller reported and where
 */
public record HotlineOrder(String hotline, String orderNumber, Report report) {

	public static final List<String> HOTLINES = List.of("12345", "12319", "110", "12369", "12315");

}
