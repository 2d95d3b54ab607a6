package org.linli.dictionary.internal;

/**
 * A dictionary and how many entries it has.
 *
 * @param type its name, e.g. {@code department}
 * @param entries all entries
 * @param enabled entries in use
 */
public record DictionaryType(String type, int entries, int enabled) {
}
