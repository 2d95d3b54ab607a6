package org.linli.region.internal.web;

import java.util.Locale;

import org.linli.region.RegionLevel;
import org.linli.region.internal.AdminNode;
import org.linli.region.internal.Building;
import org.linli.region.internal.Buildings;
import org.linli.region.internal.Compounds;
import org.linli.region.internal.DictionaryCodes;
import org.linli.region.internal.Houses;
import org.linli.region.internal.RegionDirectory;
import org.linli.region.internal.Units;
import org.linli.shared.DomainException;
import org.linli.shared.NotFoundException;
import org.linli.shared.Jurisdiction;
import org.linli.shared.Paging;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A building with its units and houses, and the forms that keep buildings. */
@Controller
class BuildingPages {

	private final RegionDirectory directory;

	private final Buildings buildings;

	private final Compounds compounds;

	private final Units units;

	private final Houses houses;

	private final DictionaryCodes dictionary;

	private final FormErrors errors;

	BuildingPages(RegionDirectory directory, Buildings buildings, Compounds compounds, Units units, Houses houses,
			DictionaryCodes dictionary, FormErrors errors) {
		this.directory = directory;
		this.buildings = buildings;
		this.compounds = compounds;
		this.units = units;
		this.houses = houses;
		this.dictionary = dictionary;
		this.errors = errors;
	}

	@GetMapping("/regions/buildings/{id:\\d+}")
	@PreAuthorize("hasAuthority('region.read')")
	String building(@PathVariable long id, @RequestParam(required = false) Integer page, Jurisdiction jurisdiction,
			Locale locale, Model model) {
		Building building = buildings.view(jurisdiction, id);
		model.addAttribute("building", building);
		model.addAttribute("ancestry", directory.ancestry(jurisdiction, building.gridId()));
		model.addAttribute("units", units.ofBuilding(jurisdiction, id));
		model.addAttribute("houses", houses.ofBuilding(jurisdiction, id, Paging.of(page, 50)));
		model.addAttribute("uses", dictionary.labels(DictionaryCodes.HOUSE_USE, locale));
		model.addAttribute("types", dictionary.labels(DictionaryCodes.BUILDING_TYPE, locale));
		return "region/building";
	}

	@GetMapping("/regions/{gridId:\\d+}/buildings/new")
	@PreAuthorize("hasAuthority('region.write')")
	String newBuilding(@PathVariable long gridId, Jurisdiction jurisdiction, Locale locale, Model model) {
		return form(jurisdiction, directory.view(jurisdiction, gridId), null, BuildingForm.empty(), locale, model);
	}

	@PostMapping("/regions/{gridId:\\d+}/buildings")
	@PreAuthorize("hasAuthority('region.write')")
	String create(@PathVariable long gridId, @ModelAttribute BuildingForm form, Jurisdiction jurisdiction,
			Locale locale, Model model) {
		try {
			return "redirect:/regions/buildings/" + buildings.create(jurisdiction, gridId, form.details()).id();
		}
		catch (DomainException ex) {
			errors.show(model, ex);
			return form(jurisdiction, directory.view(jurisdiction, gridId), null, form, locale, model);
		}
	}

	@GetMapping("/regions/buildings/{id:\\d+}/edit")
	@PreAuthorize("hasAuthority('region.write')")
	String edit(@PathVariable long id, Jurisdiction jurisdiction, Locale locale, Model model) {
		Building building = buildings.view(jurisdiction, id);
		return form(jurisdiction, directory.view(jurisdiction, building.gridId()), building, BuildingForm.of(building),
				locale, model);
	}

	@PostMapping("/regions/buildings/{id:\\d+}/edit")
	@PreAuthorize("hasAuthority('region.write')")
	String save(@PathVariable long id, @ModelAttribute BuildingForm form, Jurisdiction jurisdiction, Locale locale,
			Model model) {
		try {
			buildings.edit(jurisdiction, id, form.details(), form.versionOrZero());
			return "redirect:/regions/buildings/" + id;
		}
		catch (DomainException ex) {
			errors.show(model, ex);
			Building building = buildings.view(jurisdiction, id);
			return form(jurisdiction, directory.view(jurisdiction, building.gridId()), building, form, locale, model);
		}
	}

	@GetMapping("/regions/buildings/{id:\\d+}/move")
	@PreAuthorize("hasAuthority('region.write')")
	String move(@PathVariable long id, Jurisdiction jurisdiction, Model model) {
		return moveForm(jurisdiction, buildings.view(jurisdiction, id), model);
	}

	@PostMapping("/regions/buildings/{id:\\d+}/move")
	@PreAuthorize("hasAuthority('region.write')")
	String moved(@PathVariable long id, @RequestParam long gridId, @RequestParam int version, Jurisdiction jurisdiction,
			Model model) {
		try {
			buildings.move(jurisdiction, id, gridId, version);
			return "redirect:/regions/buildings/" + id;
		}
		catch (DomainException ex) {
			errors.show(model, ex);
			return moveForm(jurisdiction, buildings.view(jurisdiction, id), model);
		}
	}

	@PostMapping("/regions/buildings/{id:\\d+}/retire")
	@PreAuthorize("hasAuthority('region.write')")
	String retire(@PathVariable long id, @RequestParam int version, Jurisdiction jurisdiction,
			RedirectAttributes redirect) {
		Building building = buildings.view(jurisdiction, id);
		try {
			buildings.retire(jurisdiction, id, version);
			return "redirect:/regions/" + building.gridId();
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", errors.text(ex));
			return "redirect:/regions/buildings/" + id;
		}
	}

	@PostMapping("/regions/buildings/{id:\\d+}/units")
	@PreAuthorize("hasAuthority('region.write')")
	String createUnit(@PathVariable long id, @RequestParam(required = false) String number, Jurisdiction jurisdiction,
			RedirectAttributes redirect) {
		try {
			units.create(jurisdiction, id, number);
		}
		catch (NotFoundException ex) {
			// Outside the caller's scope: the same 404 as every other page, not a hint on
			// the building page.
			throw ex;
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", errors.text(ex));
		}
		return "redirect:/regions/buildings/" + id;
	}

	private String form(Jurisdiction jurisdiction, AdminNode grid, Building building, BuildingForm form, Locale locale,
			Model model) {
		model.addAttribute("grid", grid);
		model.addAttribute("building", building);
		model.addAttribute("form", form);
		model.addAttribute("types", dictionary.labels(DictionaryCodes.BUILDING_TYPE, locale));
		model.addAttribute("compounds", compounds.forGrid(grid));
		model.addAttribute("action", building == null ? "/regions/" + grid.id() + "/buildings"
				: "/regions/buildings/" + building.id() + "/edit");
		return "region/building-form";
	}

	private String moveForm(Jurisdiction jurisdiction, Building building, Model model) {
		model.addAttribute("building", building);
		model.addAttribute("grids",
				directory.search(jurisdiction, "", RegionLevel.GRID, null, Paging.of(0, Paging.MAX_SIZE)).items());
		return "region/building-move";
	}

}
