package org.linli.population.internal.proposal;

/**
 * One field of a proposal. Sensitive values appear masked; {@code null} means empty.
 *
 * @param field the field
 * @param before the record's value when the resident proposed
 * @param proposed the value proposed
 */
public record ProposedChange(ProposableField field, String before, String proposed) {
}
