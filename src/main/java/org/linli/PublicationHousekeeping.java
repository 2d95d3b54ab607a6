package org.linli;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes module-event publications delivered longer ago than
 * {@code linli.publications.keep} (7 days by default). The registry keeps every
 * publication once its listener is done, one row per listener and record, some ten for
 * one event's loop, although only incomplete ones are ever delivered again (after a
 * crash); left alone the table grows by millions of rows a year. Every node runs it: a
 * second delete of the same rows deletes nothing.
 */
@Component
class PublicationHousekeeping {

	private final CompletedEventPublications completed;

	private final Duration keep;

	PublicationHousekeeping(CompletedEventPublications completed,
			@Value("${linli.publications.keep:7d}") Duration keep) {
		if (keep.isNegative() || keep.isZero()) {
			throw new IllegalArgumentException("linli.publications.keep must be positive, not " + keep);
		}
		this.completed = completed;
		this.keep = keep;
	}

	@Scheduled(fixedDelayString = "${linli.publications.purge-interval:1h}",
			initialDelayString = "${linli.publications.purge-interval:1h}")
	void purge() {
		completed.deletePublicationsOlderThan(keep);
	}

}
