package org.linli.region.internal.api;

import jakarta.validation.Valid;
import org.linli.region.RegionLevel;
import org.linli.region.internal.NodeChanges;
import org.linli.region.internal.RegionDirectory;
import org.linli.region.internal.RegionStructure;
import org.linli.shared.Jurisdiction;
import org.linli.shared.PageResult;
import org.linli.shared.Paging;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
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
 * The administrative tree (city → … → ten-household unit) inside the caller's
 * jurisdiction.
 */
@RestController
@RequestMapping("/api/v1/regions")
class RegionController {

	private final RegionDirectory directory;

	private final RegionStructure structure;

	RegionController(RegionDirectory directory, RegionStructure structure) {
		this.directory = directory;
		this.structure = structure;
	}

	@GetMapping("/mine")
	@PreAuthorize("hasAuthority('region.read')")
	NodeResponse mine(Jurisdiction jurisdiction) {
		return NodeResponse.of(directory.mine(jurisdiction));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('region.read')")
	NodeResponse node(@PathVariable long id, Jurisdiction jurisdiction) {
		return NodeResponse.of(directory.view(jurisdiction, id));
	}

	@GetMapping("/{id}/children")
	@PreAuthorize("hasAuthority('region.read')")
	PageResult<NodeResponse> children(@PathVariable long id, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, Jurisdiction jurisdiction) {
		return directory.children(jurisdiction, id, Paging.of(page, size)).map(NodeResponse::of);
	}

	@GetMapping("/{id}/ancestry")
	@PreAuthorize("hasAuthority('region.read')")
	java.util.List<NodeResponse> ancestry(@PathVariable long id, Jurisdiction jurisdiction) {
		return directory.ancestry(jurisdiction, id).stream().map(NodeResponse::of).toList();
	}

	@GetMapping
	@PreAuthorize("hasAuthority('region.read')")
	PageResult<NodeResponse> search(@RequestParam(required = false) String q,
			@RequestParam(required = false) RegionLevel level, @RequestParam(required = false) Long under,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			Jurisdiction jurisdiction) {
		return directory.search(jurisdiction, q, level, under, Paging.of(page, size)).map(NodeResponse::of);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('region.write')")
	NodeResponse create(@Valid @RequestBody NodeRequests.Create request, Jurisdiction jurisdiction) {
		var values = new NodeChanges(request.name(), request.code(), request.number(),
				NodeRequests.json(request.boundary()));
		return NodeResponse.of(structure.create(jurisdiction, request.parentId(), values));
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAuthority('region.write')")
	NodeResponse update(@PathVariable long id, @Valid @RequestBody NodeRequests.Update request,
			Jurisdiction jurisdiction) {
		var values = new NodeChanges(request.name(), request.code(), request.number(),
				NodeRequests.json(request.boundary()));
		return NodeResponse.of(structure.edit(jurisdiction, id, values, request.version()));
	}

	@PostMapping("/{id}/move")
	@PreAuthorize("hasAuthority('region.write')")
	NodeResponse move(@PathVariable long id, @Valid @RequestBody NodeRequests.Move request, Jurisdiction jurisdiction) {
		return NodeResponse.of(structure.move(jurisdiction, id, request.parentId(), request.code(), request.number(),
				request.version()));
	}

	@PostMapping("/{id}/retire")
	@PreAuthorize("hasAuthority('region.write')")
	NodeResponse retire(@PathVariable long id, @Valid @RequestBody NodeRequests.Retire request,
			Jurisdiction jurisdiction) {
		return NodeResponse.of(structure.retire(jurisdiction, id, request.version()));
	}

}
