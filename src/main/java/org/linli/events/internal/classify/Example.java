package org.linli.events.internal.classify;

/**
 * One labelled text the classifier learns from (or is measured on).
 *
 * @param text a description as a resident would write it
 * @param code the subclass it belongs to
 */
public record Example(String text, String code) {
}
