package org.linli.population.internal.imports;

/**
 * A checked row with its sensitive values sealed on the reading thread: blind indexes
 * always (the merge needs them), ciphertexts only while the import may still write.
 */
record SealedRow(RowParser.ParsedRow row, String idIndex, byte[] idCipher, String phoneIndex, byte[] phoneCipher,
		byte[] emergencyCipher) {
}
