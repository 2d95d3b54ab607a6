package org.linli.population.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

import org.linli.identity.AuditLog;
import org.linli.population.internal.protect.ResidentProtection;
import org.linli.population.internal.tags.ResidentTagValues;
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

	/** The emergency contact's phone, for {@link #reveal}. */
	public static final String EMERGENCY_PHONE = "emergencyContactPhone";

	private final ResidentStore store;

	private final ResidentRules rules;

	private final ResidentTags tags;

	private final ResidentChanges changes;

	private final ResidentSearch search;

	private final Placement placement;

	private final ResidentProtection protection;

	private final AuditLog audit;

	private final OwnRecord ownRecord;

	private final ResidentTagValues tagValues;

	private final Clock clock;

	Residents(ResidentStore store, ResidentRules rules, ResidentTags tags, ResidentChanges changes,
			ResidentSearch search, Placement placement, ResidentProtection protection, AuditLog audit,
			OwnRecord ownRecord, ResidentTagValues tagValues, Clock clock) {
		this.tagValues = tagValues;
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
			.map(r -> r.seenBy(tags.of(id, caller.sensitiveTags()), caller.sensitiveTags()))
			.orElseThrow(() -> new NotFoundException("resident", id));
	}

	@Transactional(readOnly = true)
	public PageResult<Resident> search(Caller caller, ResidentCriteria criteria, Paging paging) {
		return search.search(caller, criteria, paging);
	}

	public Resident create(Caller caller, ResidentDraft draft) {
		Placement.Place place = placement.resolve(caller.jurisdiction(), draft.regionId(), draft.houseId());
		ResidentRules.Checked c = rules.check(draft, true, caller.sensitiveTags());
		Sealed idCard = protection.seal(c.document());
		requireUnique(idCard, -1);
		long id;
		try {
			id = store.insert(place, c, idCard, c.phone() == null ? null : protection.seal(c.phone()),
					emergencyPhone(c), caller.sensitiveTags(), clock.instant());
		}
		catch (DuplicateKeyException ex) {
			// Another request registered the same person between the check and the
			// insert.
			throw duplicate(idCard);
		}
		if (c.tags() != null) {
			tags.replace(id, c.tags(), caller.sensitiveTags(), caller.jurisdiction().username());
		}
		changes.record(id, caller.jurisdiction(), clock.instant(), "created", null, "MANUAL");
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
		if (c.document() == null && c.profile() != null
				&& !c.profile().documentType().name().equals(before.profile().documentType())) {
			// A new document type means a new number; the old one would not fit it.
			throw new InvalidInputException("error.population.document.numberRequired", "idCardNumber");
		}
		Sealed idCard = c.document() == null ? null : protection.seal(c.document());
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
			if (!store.update(id, version, place, c, idCard, phone, c.clearPhone(), emergencyPhone(c),
					caller.sensitiveTags(), now)) {
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
			case EMERGENCY_PHONE -> "emergency_phone_cipher";
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

	/** The tags of a resident the caller may see, with their attribute values. */
	@Transactional(readOnly = true)
	public java.util.List<ResidentTagValues.ResidentTag> tagDetails(Caller caller, long id) {
		view(caller, id);
		return tagValues.of(id, caller.sensitiveTags());
	}

	/**
	 * Sets the attribute values of one of a resident's tags (残疾证号, 矫正期限 …), with a
	 * history row (shown only to permitted callers when the tag is sensitive).
	 */
	public java.util.List<ResidentTagValues.ResidentTag> setTagAttributes(Caller caller, long id, String code,
			java.util.Map<String, String> values, Integer version) {
		active(caller, id);
		requireVersion(version);
		// The record's version guards the tag values too: two people editing at once lose
		// nothing.
		if (!store.touch(id, version, clock.instant())) {
			throw ConflictException.staleVersion("resident", id);
		}
		ResidentTagValues.Change change = tagValues.set(id, code, values, caller.sensitiveTags());
		String field = "tag:" + code.trim().toUpperCase();
		if (change.sensitive()) {
			changes.recordSensitive(id, caller.jurisdiction(), clock.instant(), field, change.before(), change.after());
		}
		else {
			changes.record(id, caller.jurisdiction(), clock.instant(), field, change.before(), change.after());
		}
		return tagValues.of(id, caller.sensitiveTags());
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
		return changes.of(id, caller.sensitiveTags(), paging);
	}

	private static String only(java.util.List<String> tags, Set<String> open, boolean wantOpen) {
		return String.join(",", tags.stream().filter(t -> open.contains(t) == wantOpen).toList());
	}

	private Sealed emergencyPhone(ResidentRules.Checked c) {
		var phone = c.profile() == null ? null : c.profile().emergencyPhone();
		return phone == null ? null : protection.seal(phone);
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
		Set<String> open = openTags();
		changes.record(id, by, now, "tags", only(b.tags(), open, true), only(a.tags(), open, true));
		changes.recordSensitive(id, by, now, "sensitiveTags", only(b.tags(), open, false), only(a.tags(), open, false));
		ResidentProfile bp = b.profile();
		ResidentProfile ap = a.profile();
		changes.record(id, by, now, "documentType", bp.documentType(), ap.documentType());
		changes.record(id, by, now, "nationality", bp.nationality(), ap.nationality());
		changes.record(id, by, now, "registeredRegionCode", bp.registeredRegionCode(), ap.registeredRegionCode());
		changes.record(id, by, now, "employment", bp.employment(), ap.employment());
		changes.record(id, by, now, "workplace", bp.workplace(), ap.workplace());
		changes.recordSensitive(id, by, now, "healthStatus", bp.healthStatus(), ap.healthStatus());
		changes.recordSensitive(id, by, now, "disabilityType", bp.disabilityType(), ap.disabilityType());
		changes.recordSensitive(id, by, now, "disabilityGrade", bp.disabilityGrade(), ap.disabilityGrade());
		changes.record(id, by, now, "militaryService", bp.militaryService(), ap.militaryService());
		changes.record(id, by, now, "emergencyContactName", bp.emergencyContactName(), ap.emergencyContactName());
		changes.record(id, by, now, "emergencyContactPhone", bp.emergencyContactPhone(), ap.emergencyContactPhone());
	}

}
