package org.linli.population.internal.proposal;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

import org.linli.population.internal.Resident;
import org.linli.population.internal.ResidentDraft;

/**
 * The draft an approval hands to {@code Residents.update}: the record as it is now, with
 * only the proposed fields laid over it, so a change made since the proposal is kept.
 * <p>
 * It is built by component name rather than by calling the constructor, because the
 * record gains fields (employment, workplace, emergency contact …) while proposals are in
 * use: a new component is copied from the same-named component of {@link Resident} and
 * needs no change here; one without such a counterpart stops approval loudly instead of
 * being silently cleared.
 */
final class ProposalDraft {

	/** Draft components Residents.update keeps when they are {@code null}. */
	private static final Set<String> KEPT_WHEN_NULL = Set.of("idCardNumber", "phone", "tags");

	private ProposalDraft() {
	}

	/**
	 * @param current the record now, as the reviewer sees it
	 * @param proposed values by component name, typed as the draft wants them
	 */
	static ResidentDraft onto(Resident current, Map<String, Object> proposed) {
		RecordComponent[] parts = ResidentDraft.class.getRecordComponents();
		Object[] values = new Object[parts.length];
		for (int i = 0; i < parts.length; i++) {
			String name = parts[i].getName();
			if (proposed.containsKey(name)) {
				values[i] = proposed.get(name);
			}
			else if (name.equals("regionId")) {
				// A house decides the place; the region is given only when there is none.
				values[i] = current.houseId() == null ? current.regionId() : null;
			}
			else if (!KEPT_WHEN_NULL.contains(name)) {
				values[i] = read(current, name);
			}
		}
		try {
			Constructor<ResidentDraft> constructor = ResidentDraft.class
				.getDeclaredConstructor(Arrays.stream(parts).map(RecordComponent::getType).toArray(Class[]::new));
			return constructor.newInstance(values);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("cannot build a resident draft", ex);
		}
	}

	private static Object read(Resident current, String name) {
		for (RecordComponent c : Resident.class.getRecordComponents()) {
			if (c.getName().equals(name)) {
				try {
					return c.getAccessor().invoke(current);
				}
				catch (IllegalAccessException | InvocationTargetException ex) {
					throw new IllegalStateException(ex);
				}
			}
		}
		throw new IllegalStateException("ResidentDraft." + name
				+ " has no counterpart on Resident: say in ProposalDraft how an approval keeps it");
	}

}
