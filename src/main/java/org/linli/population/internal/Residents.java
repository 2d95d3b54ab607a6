package org.linli.population.internal;

import java.time.Clock;
import java.time.Instant;

import org.linli.identity.AuditLog;
import org.linli.population.internal.protect.ResidentProtection;
import org.linli.population.internal.protect.ResidentProtection.Sealed;
import org.linli.shared.ConflictException;
import org.linli.shared.InvalidInputException;
import org.linli.shared.NotFoundException;
import org.linli.shared.PageResult;
import org.linli.shared.Paging;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 居民 — the population base data "一张表" in the caller's subtree: create, view (masked),
 * change with a field-by-field history, retire, and reveal a full ID number or phone with
 * a stated reason, audited.
 */
@Service
@Transactional
public class Residents {

	private final ResidentStore store;

	private final ResidentRules rules;

	private final ResidentTags tags;

	private final ResidentChanges changes;

	private final ResidentSearch search;

	private final Placement placement;

	private final ResidentProtection protection;

	private final AuditLog audit;

	private final OwnRecord ownRecord;

	private final Clock clock;

	Residents(ResidentStore store, ResidentRules rules, ResidentTags tags, ResidentChanges changes,
			ResidentSearch search, Placement placement, ResidentProtection protection, AuditLog audit,
			OwnRecord ownRecord, Clock clock) {
		this.store = store;
		this.rules = rules;
		this.tags = tags;
		this.changes = changes;
		this.search = search;
		this.placement = placement;
		this.protection = protection;
		this.audit = audit;
		this.ownRecord = ownRecord;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Resident view(Caller caller, long id) {
		return store.find(caller.jurisdiction(), id)
			.map(r -> r.withTags(tags.of(id, caller.sensitiveTags())))
			.orElseThrow(() -> new NotFoundException("resident", id));
	}

	@Transactional(readOnly = true)
	public PageResult<Resident> search(Caller caller, ResidentCriteria criteria, Paging paging) {
		return search.search(caller, criteria, paging);
	}

	public Resident create(Caller caller, ResidentDraft draft) {
		Placement.Place place = placement.resolve(caller.jurisdiction(), draft.regionId(), draft.houseId());
		ResidentRules.Checked c = rules.check(draft, true, caller.sensitiveTags());
		Sealed idCard = protection.seal(c.idCard());
		requireUnique(idCard, -1);
		long id;
		try {
			id = store.insert(place, c, idCard, c.phone() == null ? null : protection.seal(c.phone()), clock.instant());
		}
		catch (DuplicateKeyException ex) {
			// Another request registered the same person between the check and the
			// insert.
			throw duplicate(idCard);
		}
		if (c.tags() != null) {
			tags.replace(id, c.tags(), caller.sensitiveTags(), caller.jurisdiction().username());
		}
		return view(caller, id);
	}

	public Resident update(Caller caller, long id, ResidentDraft draft, Integer version) {
		Resident before = active(caller, id);
		requireVersion(version);
		if (before.version() != version) {
			throw ConflictException.staleVersion("resident", id);
		}
		ResidentRules.Checked c = rules.check(draft, false, caller.sensitiveTags());
		Placement.Place place = placement.resolve(caller.jurisdiction(),
				draft.houseId() == null && draft.regionId() == null ? Long.valueOf(before.regionId())
						: draft.regionId(),
				draft.houseId());
		Sealed idCard = c.idCard() == null ? null : protection.seal(c.idCard());
		if (idCard != null && idCard.index().equals(store.idIndex(id))) {
			// The same number again: nothing to change or record.
			idCard = null;
		}
		if (idCard != null) {
			requireUnique(idCard, id);
		}
		Sealed phone = c.phone() == null ? null : protection.seal(c.phone());
		Instant now = clock.instant();
		try {
			if (!store.update(id, version, place, c, idCard, phone, c.clearPhone(), now)) {
				throw ConflictException.staleVersion("resident", id);
			}
		}
		catch (DuplicateKeyException ex) {
			throw duplicate(idCard);
		}
		if (c.tags() != null) {
			tags.replace(id, c.tags(), caller.sensitiveTags(), caller.jurisdiction().username());
		}
		Resident after = view(caller, id);
		record(caller, before, after, now);
		if (idCard != null && before.idNumberMasked().equals(after.idNumberMasked())) {
			// Masks keep only 1 + 2 characters, so a new number can look like the old
			// one.
			changes.record(id, caller.jurisdiction(), now, "idCardNumber", before.idNumberMasked() + " (old)",
					after.idNumberMasked() + " (new)");
		}
		return after;
	}

	public Resident retire(Caller caller, long id, Integer version) {
		active(caller, id);
		requireVersion(version);
		Instant now = clock.instant();
		if (!store.retire(id, version, now)) {
			throw ConflictException.staleVersion("resident", id);
		}
		changes.record(id, caller.jurisdiction(), now, "retired", false, true);
		return view(caller, id);
	}

	/**
	 * 数据来源: the record's data now comes from the resident themself (an approved
	 * self-update), inside the caller's scope.
	 */
	public void markSelfUpdated(Caller caller, long id) {
		view(caller, id);
		store.markSource(id, "SELF_UPDATE");
	}

	/**
	 * The full ID number or phone. The reason and the field are audited, never the value.
	 */
	public String reveal(Caller caller, long id, String field, String reason) {
		view(caller, id);
		String column = switch (field == null ? "" : field) {
			case ResidentProtection.ID_NUMBER -> "id_number_cipher";
			case ResidentProtection.PHONE -> "phone_cipher";
			default -> throw new InvalidInputException("error.population.reveal.field", "field");
		};
		String why = reason == null ? "" : reason.strip();
		if (why.length() < 2 || why.length() > 200) {
			throw new InvalidInputException("error.population.reveal.reason", "reason");
		}
		byte[] stored = store.cipher(id, column);
		if (stored == null) {
			throw new InvalidInputException("error.population.reveal.empty", "field");
		}
		String value = protection.open(stored);
		audit.record("population.reveal", "resident:" + id, "SUCCESS", "field=" + field + "; reason=" + why);
		Long account = ownRecord.accountOf(id);
		if (account != null) {
			// Shown to the resident under "谁看过我的信息".
			audit.record("population.reveal", "resident-of-account:" + account, "SUCCESS",
					"field=" + field + "; reason=" + why);
		}
		return value;
	}

	/** Codes of the tags every reader may see (not sensitive). */
	@Transactional(readOnly = true)
	public java.util.Set<String> openTags() {
		var open = new java.util.HashSet<String>();
		tags.catalogue().forEach((code, sensitive) -> {
			if (!sensitive) {
				open.add(code);
			}
		});
		return open;
	}

	@Transactional(readOnly = true)
	public PageResult<ResidentChange> history(Caller caller, long id, Paging paging) {
		view(caller, id);
		return changes.of(id, paging);
	}

	private Resident active(Caller caller, long id) {
		Resident resident = view(caller, id);
		if (resident.retired()) {
			throw new ConflictException("error.population.retired", id);
		}
		return resident;
	}

	private static void requireVersion(Integer version) {
		if (version == null) {
			throw new InvalidInputException("error.population.required", "version");
		}
	}

	private void requireUnique(Sealed idCard, long except) {
		if (store.activeWithIdIndex(idCard.index(), except).isPresent()) {
			throw duplicate(idCard);
		}
	}

	private static ConflictException duplicate(Sealed idCard) {
		return ConflictException.onField(ResidentProtection.ID_NUMBER, "error.population.duplicateIdCard",
				idCard == null ? "" : idCard.masked());
	}

	private void record(Caller caller, Resident b, Resident a, Instant now) {
		var by = caller.jurisdiction();
		long id = a.id();
		changes.record(id, by, now, "name", b.name(), a.name());
		changes.record(id, by, now, "idCardNumber", b.idNumberMasked(), a.idNumberMasked());
		changes.record(id, by, now, "phone", b.phoneMasked(), a.phoneMasked());
		changes.record(id, by, now, "regionId", b.regionId(), a.regionId());
		changes.record(id, by, now, "houseId", b.houseId(), a.houseId());
		changes.record(id, by, now, "ethnic", b.ethnic(), a.ethnic());
		changes.record(id, by, now, "residenceType", b.residenceType(), a.residenceType());
		changes.record(id, by, now, "registeredAddress", b.registeredAddress(), a.registeredAddress());
		changes.record(id, by, now, "politicalStatus", b.politicalStatus(), a.politicalStatus());
		changes.record(id, by, now, "education", b.education(), a.education());
		changes.record(id, by, now, "maritalStatus", b.maritalStatus(), a.maritalStatus());
		changes.record(id, by, now, "livingAlone", b.livingAlone(), a.livingAlone());
		changes.record(id, by, now, "tags", String.join(",", b.tags()), String.join(",", a.tags()));
	}

}
