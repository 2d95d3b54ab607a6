package org.linli.population.internal.protect;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Keys and cipher for sensitive fields.
 *
 * @param dataKey base64 of 32 bytes (LINLI_DATA_KEY); empty: generated into
 * {@code keyDir}
 * @param indexKey base64 of 32 bytes for the blind index (LINLI_INDEX_KEY); empty:
 * generated
 * @param algorithm {@code AES-256-GCM} (default) or {@code SM4-GCM}
 * @param keyDir where generated keys are kept (mode 600)
 */
@ConfigurationProperties("linli.crypto")
public record CryptoProperties(String dataKey, String indexKey, @DefaultValue("AES-256-GCM") String algorithm,
		@DefaultValue("./data/keys") Path keyDir) {
}
