package org.linli.region.internal.web;

import java.util.Locale;

import org.linli.region.internal.AdminNode;
import org.linli.region.internal.Building;
import org.linli.region.internal.Buildings;
import org.linli.region.internal.Compounds;
import org.linli.region.internal.DictionaryCodes;
import org.linli.region.internal.House;
import org.linli.region.internal.Houses;
import org.linli.region.internal.RegionDirectory;
import org.linli.region.internal.Units;
import org.linli.shared.DomainException;
import org.linli.shared.Jurisdiction;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Forms that keep houses and compounds. */
@Controller
@PreAuthorize("hasAuthority('region.write')")
class HousePages {

	private final RegionDirectory directory;

	private final Buildings buildings;

	private final Units units;

	private final Houses houses;

	private final Compounds compounds;

	private final DictionaryCodes dictionary;

	private final FormErrors errors;

	HousePages(RegionDirectory directory, Buildings buildings, Units units, Houses houses, Compounds compounds,
			DictionaryCodes dictionary, FormErrors errors) {
		this.directory = directory;
		this.buildings = buildings;
		this.units = units;
		this.houses = houses;
		this.compounds = compounds;
		this.dictionary = dictionary;
		this.errors = errors;
	}

	@GetMapping("/regions/buildings/{id:\\d+}/houses/new")
	String newHouse(@PathVariable long id, Jurisdiction jurisdiction, Locale locale, Model model) {
		return form(jurisdiction, buildings.view(jurisdiction, id), null, HouseForm.empty(), locale, model);
	}

	@PostMapping("/regions/buildings/{id:\\d+}/houses")
	String create(@PathVariable long id, @ModelAttribute HouseForm form, Jurisdiction jurisdiction, Locale locale,
			Model model) {
		try {
			houses.create(jurisdiction, id, form.details());
			return "redirect:/regions/buildings/" + id;
		}
		catch (DomainException ex) {
			errors.show(model, ex);
			return form(jurisdiction, buildings.view(jurisdiction, id), null, form, locale, model);
		}
	}

	@GetMapping("/regions/houses/{id:\\d+}/edit")
	String edit(@PathVariable long id, Jurisdiction jurisdiction, Locale locale, Model model) {
		House house = houses.view(jurisdiction, id);
		return form(jurisdiction, buildings.view(jurisdiction, house.buildingId()), house, HouseForm.of(house), locale,
				model);
	}

	@PostMapping("/regions/houses/{id:\\d+}/edit")
	String save(@PathVariable long id, @ModelAttribute HouseForm form, Jurisdiction jurisdiction, Locale locale,
			Model model) {
		House house = houses.view(jurisdiction, id);
		try {
			houses.edit(jurisdiction, id, form.details(), form.versionOrZero());
			return "redirect:/regions/buildings/" + house.buildingId();
		}
		catch (DomainException ex) {
			errors.show(model, ex);
			return form(jurisdiction, buildings.view(jurisdiction, house.buildingId()), house, form, locale, model);
		}
	}

	@PostMapping("/regions/houses/{id:\\d+}/retire")
	String retire(@PathVariable long id, @RequestParam int version, Jurisdiction jurisdiction,
			RedirectAttributes redirect) {
		House house = houses.view(jurisdiction, id);
		try {
			houses.retire(jurisdiction, id, version);
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", errors.text(ex));
		}
		return "redirect:/regions/buildings/" + house.buildingId();
	}

	@GetMapping("/regions/{communityId:\\d+}/compounds/new")
	String newCompound(@PathVariable long communityId, Jurisdiction jurisdiction, Model model) {
		model.addAttribute("community", directory.view(jurisdiction, communityId));
		return "region/compound-form";
	}

	@PostMapping("/regions/{communityId:\\d+}/compounds")
	String createCompound(@PathVariable long communityId, @RequestParam(required = false) String name,
			@RequestParam(required = false) String address, Jurisdiction jurisdiction, Model model) {
		AdminNode community = directory.view(jurisdiction, communityId);
		try {
			compounds.create(jurisdiction, communityId, name, address);
			return "redirect:/regions/" + communityId;
		}
		catch (DomainException ex) {
			errors.show(model, ex);
			model.addAttribute("community", community);
			model.addAttribute("name", name);
			model.addAttribute("address", address);
			return "region/compound-form";
		}
	}

	private String form(Jurisdiction jurisdiction, Building building, House house, HouseForm form, Locale locale,
			Model model) {
		model.addAttribute("building", building);
		model.addAttribute("house", house);
		model.addAttribute("form", form);
		model.addAttribute("units", units.ofBuilding(jurisdiction, building.id()));
		model.addAttribute("uses", dictionary.labels(DictionaryCodes.HOUSE_USE, locale));
		model.addAttribute("action", house == null ? "/regions/buildings/" + building.id() + "/houses"
				: "/regions/houses/" + house.id() + "/edit");
		return "region/house-form";
	}

}
