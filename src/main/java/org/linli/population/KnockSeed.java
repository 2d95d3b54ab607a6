package org.linli.population;

import java.time.Instant;

/**
 * One door-knock visit (敲门) to register in bulk with the residents it verified: the
 * batch's residents of that house whose verification it records (the same instant and the
 * same username) are listed on it as still living there. Outcome 核实, no campaign.
 *
 * @param houseId the house visited
 * @param at when, the residents' {@code verifiedAt}
 * @param accountId the account of whoever knocked
 * @param knockedBy their username, the residents' {@code verifiedBy}
 */
public record KnockSeed(long houseId, Instant at, long accountId, String knockedBy) {
}
