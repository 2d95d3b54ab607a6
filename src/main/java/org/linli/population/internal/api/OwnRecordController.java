package org.linli.population.internal.api;

import org.linli.population.internal.OwnRecord;
import org.linli.population.internal.Resident;
import org.linli.shared.Jurisdiction;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A resident's own population record (masked) and its real-name binding (实名绑定). Staff
 * have no own record: 404.
 */
@RestController
@RequestMapping("/api/v1/me/resident-record")
class OwnRecordController {

	record Binding(String name, String idCardNumber) {
	}

	private final OwnRecord ownRecord;

	OwnRecordController(OwnRecord ownRecord) {
		this.ownRecord = ownRecord;
	}

	@GetMapping
	ResidentController.ResidentResponse mine(Jurisdiction me) {
		return ResidentController.ResidentResponse.of(ownRecord.mine(me));
	}

	@PostMapping
	ResidentController.ResidentResponse bind(@RequestBody Binding binding, Jurisdiction me) {
		Resident bound = ownRecord.bind(me, binding.name(), binding.idCardNumber());
		return ResidentController.ResidentResponse.of(bound);
	}

}
