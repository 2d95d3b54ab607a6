package org.linli.population.internal.knock;

/**
 * A building of a grid with how much door-knocking it still needs.
 *
 * @param id building id
 * @param number building number (楼栋号)
 * @param name building name, if any
 * @param compoundName its compound (小区), if any
 * @param houses active houses in it
 * @param due houses not reached (verified or found vacant) in the freshness window
 */
public record BuildingSummary(long id, String number, String name, String compoundName, long houses, long due) {
}
