package org.linli.population.internal.proposal.web;

import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.linli.population.internal.OwnRecord;
import org.linli.population.internal.Resident;
import org.linli.population.internal.proposal.ProposableField;
import org.linli.population.internal.proposal.Proposal;
import org.linli.population.internal.proposal.ProposalStatus;
import org.linli.population.internal.proposal.SelfUpdates;
import org.linli.shared.ConflictException;
import org.linli.shared.InvalidInputException;
import org.linli.shared.Jurisdiction;
import org.linli.shared.Masking;
import org.linli.shared.PageResult;
import org.linli.shared.Paging;

import org.linli.shared.web.PageMessages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 我的信息 — the resident's own record on a phone: bind it (name + ID number + the account's
 * phone), see it masked, propose changes, follow and withdraw them.
 */
@Controller
@RequestMapping("/me/record")
class MyRecordPage {

	/**
	 * One proposable field on the form.
	 *
	 * @param field the field
	 * @param shown the record's value as shown
	 * @param value what the form holds
	 * @param options code → label for a code field
	 */
	record FieldView(ProposableField field, String shown, String value, Map<String, String> options) {
	}

	private final SelfUpdates selfUpdates;

	private final OwnRecord ownRecord;

	private final FieldLabels labels;

	private final PageMessages messages;

	private final Clock clock;

	MyRecordPage(SelfUpdates selfUpdates, OwnRecord ownRecord, FieldLabels labels, PageMessages messages, Clock clock) {
		this.selfUpdates = selfUpdates;
		this.ownRecord = ownRecord;
		this.labels = labels;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String page(@RequestParam(required = false) Integer page, Jurisdiction me, Locale locale, Model model) {
		return show(me, page, null, locale, model);
	}

	@PostMapping("/bind")
	String bind(@RequestParam(required = false) String name, @RequestParam(required = false) String idCardNumber,
			Jurisdiction me, Locale locale, Model model) {
		try {
			ownRecord.bind(me, name, idCardNumber);
			return "redirect:/me/record";
		}
		catch (InvalidInputException | ConflictException ex) {
			messages.show(model, ex, locale);
			model.addAttribute("name", name);
			return show(me, null, null, locale, model);
		}
	}

	/**
	 * The form posts every field; blank phone means "keep", unchanged fields are dropped
	 * by the service.
	 */
	@PostMapping("/proposals")
	String propose(@RequestParam Map<String, String> form, Jurisdiction me, Locale locale, Model model,
			RedirectAttributes redirect) {
		Map<String, String> changes = new LinkedHashMap<>();
		for (ProposableField field : ProposableField.values()) {
			String value = form.get(field.key());
			// A phone is shown masked, so its box starts empty: left empty, it keeps the
			// number
			// (the emergency contact's as much as the resident's own).
			if (value != null && !("PHONE".equals(field.kind()) && value.isBlank())) {
				changes.put(field.key(), value);
			}
		}
		try {
			selfUpdates.propose(me, form.get("requestId"), changes);
			redirect.addFlashAttribute("notice", "myRecord.submitted");
			return "redirect:/me/record";
		}
		catch (InvalidInputException | ConflictException ex) {
			messages.show(model, ex, locale);
			return show(me, null, form, locale, model);
		}
	}

	@PostMapping("/proposals/{id}/withdraw")
	String withdraw(@PathVariable long id, @RequestParam(required = false) Integer version, Jurisdiction me,
			Locale locale, Model model, RedirectAttributes redirect) {
		try {
			selfUpdates.withdraw(me, id, version);
			redirect.addFlashAttribute("notice", "myRecord.withdrawn");
			return "redirect:/me/record";
		}
		catch (InvalidInputException | ConflictException ex) {
			messages.show(model, ex, locale);
			return show(me, null, null, locale, model);
		}
	}

	private String show(Jurisdiction me, Integer page, Map<String, String> submitted, Locale locale, Model model) {
		model.addAttribute("zone", clock.getZone());
		if (!selfUpdates.bound(me)) {
			model.addAttribute("bound", false);
			model.addAttribute("accountPhone", Masking.keep(me.username(), 3, 4));
			return "population/my-record";
		}
		Resident resident = selfUpdates.record(me);
		PageResult<Proposal> proposals = selfUpdates.mine(me, Paging.of(page, 10));
		model.addAttribute("bound", true);
		model.addAttribute("resident", resident);
		model.addAttribute("proposals", proposals);
		model.addAttribute("shown", proposals.items().stream().map(p -> labels.shown(p, null, locale)).toList());
		model.addAttribute("pending",
				proposals.items().stream().filter(p -> p.status() == ProposalStatus.PENDING).findFirst().orElse(null));
		model.addAttribute("fields", fields(resident, submitted, locale));
		model.addAttribute("requestId", UUID.randomUUID().toString());
		return "population/my-record";
	}

	private List<FieldView> fields(Resident resident, Map<String, String> submitted, Locale locale) {
		return Arrays.stream(ProposableField.values()).map(f -> {
			String current = f.currentOf(resident);
			// The phone field starts empty: the page only knows the masked number.
			String value = submitted != null ? submitted.get(f.key()) : (f == ProposableField.PHONE ? "" : current);
			return new FieldView(f, labels.show(f, current, locale), value, labels.options(f, locale));
		}).toList();
	}

}
