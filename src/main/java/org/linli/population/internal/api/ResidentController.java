package org.linli.population.internal.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.linli.population.internal.Caller;
import org.linli.population.internal.Resident;
import org.linli.population.internal.ResidentChange;
import org.linli.population.internal.ResidentCriteria;
import org.linli.population.internal.ResidentDraft;
import org.linli.population.internal.ResidentProfile;
import org.linli.population.internal.Residents;
import org.linli.shared.Jurisdiction;
import org.linli.shared.PageResult;
import org.linli.shared.Paging;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Residents (居民, 人口"一张表") in the caller's subtree. ID numbers and phones are masked;
 * {@code POST /{id}/reveal} shows one in full for a stated reason and is audited.
 */
@RestController
@RequestMapping("/api/v1/residents")
class ResidentController {

	record ResidentResponse(long id, String path, long regionId, Long houseId, String name, String idCardNumber,
			LocalDate birthDate, String sex, String ethnic, String phone, String residenceType,
			String registeredAddress, String politicalStatus, String education, String maritalStatus,
			boolean livingAlone, String dataSource, Instant verifiedAt, String verifiedBy, List<String> tags,
			boolean retired, int version, Instant updatedAt, ResidentProfile profile, String householdRelation) {

		static ResidentResponse of(Resident r) {
			return new ResidentResponse(r.id(), r.path().value(), r.regionId(), r.houseId(), r.name(),
					r.idNumberMasked(), r.birthDate(), r.sex(), r.ethnic(), r.phoneMasked(), r.residenceType(),
					r.registeredAddress(), r.politicalStatus(), r.education(), r.maritalStatus(), r.livingAlone(),
					r.dataSource(), r.verifiedAt(), r.verifiedBy(), r.tags(), r.retired(), r.version(), r.updatedAt(),
					r.profile(), r.householdRelation());
		}

	}

	/**
	 * Create or replace: on update, omit idCardNumber/phone to keep them, send an empty
	 * phone to remove it, omit tags to keep them, omit profile to keep it (a profile sent
	 * replaces the stored one). {@code idCardNumber} is the number of the document named
	 * by {@code profile.documentType} (ID card by default); birthDate and sex are needed
	 * only for documents that do not carry them (passports, travel permits).
	 */
	record ResidentRequest(Long regionId, Long houseId, String name, String idCardNumber, String phone, String ethnic,
			String residenceType, String registeredAddress, String politicalStatus, String education,
			String maritalStatus, Boolean livingAlone, List<String> tags, ResidentProfile profile, LocalDate birthDate,
			String sex, Integer version) {

		ResidentDraft draft() {
			return new ResidentDraft(regionId, houseId, name, idCardNumber, phone, ethnic, residenceType,
					registeredAddress, politicalStatus, education, maritalStatus, livingAlone, tags, profile, birthDate,
					sex);
		}

	}

	record VersionRequest(Integer version) {
	}

	/** The search in a body, so ID numbers and phones stay out of URLs and logs. */
	record SearchRequest(String q, String idCardNumber, String phone, String tag, Integer ageFrom, Integer ageTo,
			Long under, Long houseId, Boolean includeRetired, Integer page, Integer size) {
	}

	/**
	 * {@code field}: idCardNumber, phone or emergencyContactPhone; {@code reason}: 2–200
	 * characters.
	 */
	record RevealRequest(String field, String reason) {
	}

	record RevealResponse(long id, String field, String value) {
	}

	private final Residents residents;

	ResidentController(Residents residents) {
		this.residents = residents;
	}

	private static Caller caller(Jurisdiction jurisdiction, Authentication authentication) {
		return Caller.of(jurisdiction, authentication);
	}

	@GetMapping
	@PreAuthorize("hasAuthority('population.read')")
	PageResult<ResidentResponse> search(@RequestParam(required = false) String q,
			@RequestParam(required = false) String idCardNumber, @RequestParam(required = false) String phone,
			@RequestParam(required = false) String tag, @RequestParam(required = false) Integer ageFrom,
			@RequestParam(required = false) Integer ageTo, @RequestParam(required = false) Long under,
			@RequestParam(required = false) Long houseId, @RequestParam(defaultValue = "false") boolean includeRetired,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			Jurisdiction jurisdiction, Authentication authentication) {
		var criteria = new ResidentCriteria(q, idCardNumber, phone, tag, ageFrom, ageTo, under, houseId,
				includeRetired);
		return residents.search(caller(jurisdiction, authentication), criteria, Paging.of(page, size))
			.map(ResidentResponse::of);
	}

	@PostMapping("/search")
	@PreAuthorize("hasAuthority('population.read')")
	PageResult<ResidentResponse> searchByBody(@RequestBody SearchRequest r, Jurisdiction jurisdiction,
			Authentication authentication) {
		var criteria = new ResidentCriteria(r.q(), r.idCardNumber(), r.phone(), r.tag(), r.ageFrom(), r.ageTo(),
				r.under(), r.houseId(), Boolean.TRUE.equals(r.includeRetired()));
		return residents.search(caller(jurisdiction, authentication), criteria, Paging.of(r.page(), r.size()))
			.map(ResidentResponse::of);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('population.read')")
	ResidentResponse resident(@PathVariable long id, Jurisdiction jurisdiction, Authentication authentication) {
		return ResidentResponse.of(residents.view(caller(jurisdiction, authentication), id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('population.write')")
	ResidentResponse create(@RequestBody ResidentRequest r, Jurisdiction jurisdiction, Authentication authentication) {
		return ResidentResponse.of(residents.create(caller(jurisdiction, authentication), r.draft()));
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAuthority('population.write')")
	ResidentResponse update(@PathVariable long id, @RequestBody ResidentRequest r, Jurisdiction jurisdiction,
			Authentication authentication) {
		return ResidentResponse.of(residents.update(caller(jurisdiction, authentication), id, r.draft(), r.version()));
	}

	@PostMapping("/{id}/retire")
	@PreAuthorize("hasAuthority('population.write')")
	ResidentResponse retire(@PathVariable long id, @RequestBody VersionRequest r, Jurisdiction jurisdiction,
			Authentication authentication) {
		return ResidentResponse.of(residents.retire(caller(jurisdiction, authentication), id, r.version()));
	}

	@PostMapping("/{id}/reveal")
	@PreAuthorize("hasAuthority('population.reveal')")
	RevealResponse reveal(@PathVariable long id, @RequestBody RevealRequest r, Jurisdiction jurisdiction,
			Authentication authentication) {
		String value = residents.reveal(caller(jurisdiction, authentication), id, r.field(), r.reason());
		return new RevealResponse(id, r.field(), value);
	}

	@GetMapping("/{id}/history")
	@PreAuthorize("hasAuthority('population.read')")
	PageResult<ResidentChange> history(@PathVariable long id, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, Jurisdiction jurisdiction, Authentication authentication) {
		return residents.history(caller(jurisdiction, authentication), id, Paging.of(page, size));
	}

}
