package org.linli.events.internal.photo;

import java.util.Optional;

/**
 * Where uploaded files live. Keys are relative paths of lower-case letters, digits, dots,
 * dashes and slashes that the platform makes itself; a second {@code put} of the same key
 * with the same bytes is harmless (keys are content-addressed).
 */
public interface FileStore {

	void put(String key, byte[] content);

	Optional<byte[]> get(String key);

}
