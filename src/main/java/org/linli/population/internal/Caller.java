package org.linli.population.internal;

import org.linli.shared.Jurisdiction;

/**
 * Who is asking: their data scope, and whether they may see sensitive key-population tags
 * (population.sensitive-tags).
 *
 * @param jurisdiction the caller's data scope
 * @param sensitiveTags whether sensitive tags are visible and settable
 */
public record Caller(Jurisdiction jurisdiction, boolean sensitiveTags) {
}
