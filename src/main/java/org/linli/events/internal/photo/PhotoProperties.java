package org.linli.events.internal.photo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of photo uploads and where the local file store keeps them.
 *
 * @param dir directory of the local file store
 * @param maxSize largest upload accepted, per photo
 * @param maxPixels largest width × height decoded (a small file can claim a huge canvas)
 * @param maxPerStep photos per report or per 反馈 step
 */
@ConfigurationProperties("linli.photos")
public record PhotoProperties(@DefaultValue("./data/files") String dir, @DefaultValue("10MB") DataSize maxSize,
		@DefaultValue("40000000") long maxPixels, @DefaultValue("6") int maxPerStep) {
}
