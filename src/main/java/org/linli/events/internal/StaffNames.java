package org.linli.events.internal;

import java.util.List;
import java.util.Map;

import org.linli.identity.StaffDirectory;

import org.springframework.stereotype.Component;

/**
 * Names the actors of a timeline by {@link StaffNamePolicy}: their display names, looked
 * up once per timeline, in place of the login names the steps recorded.
 */
@Component
class StaffNames {

	private final StaffDirectory directory;

	StaffNames(StaffDirectory directory) {
		this.directory = directory;
	}

	/**
	 * The timeline as {@code reader} sees it: a reporter when {@code reporter} is given,
	 * else staff.
	 */
	List<StepView> name(List<StepView> steps, Long reporter) {
		Map<Long, String> names = directory
			.displayNames(steps.stream().map(StepView::actorAccountId).filter(id -> id != 0).toList());
		return steps.stream().map(s -> {
			String display = names.get(s.actorAccountId());
			return s.shownAs(reporter == null ? StaffNamePolicy.forStaff(s.actorRole(), display)
					: StaffNamePolicy.forReporter(reporter, s.actorAccountId(), s.actorRole(), display));
		}).toList();
	}

}
