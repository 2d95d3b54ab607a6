package org.linli.events.internal.photo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Files under a local directory ({@code linli.photos.dir}, by default {@code files/}
 * beside the embedded database). A file appears whole or not at all: it is written to a
 * temporary name and moved into place.
 */
@Component
class LocalFileStore implements FileStore {

	private final Path root;

	LocalFileStore(PhotoProperties properties) {
		this.root = Path.of(properties.dir()).toAbsolutePath().normalize();
	}

	@Override
	public void put(String key, byte[] content) {
		Path target = resolve(key);
		try {
			Files.createDirectories(target.getParent());
			Path temp = Files.createTempFile(target.getParent(), ".upload", ".tmp");
			Files.write(temp, content);
			Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public Optional<byte[]> get(String key) {
		try {
			return Optional.of(Files.readAllBytes(resolve(key)));
		}
		catch (NoSuchFileException ex) {
			return Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Path resolve(String key) {
		if (!key.matches("[a-z0-9][a-z0-9./-]{0,199}") || key.contains("..")) {
			throw new IllegalArgumentException("not a file key: " + key);
		}
		return root.resolve(key);
	}

}
