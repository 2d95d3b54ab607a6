package org.linli.events.internal.classify;

/**
 * A category the classifier suggests for a description.
 *
 * @param code category code
 * @param label its label in the caller's language
 * @param confidence the model's probability, 0 to 1
 */
public record Suggestion(String code, String label, double confidence) {
}
