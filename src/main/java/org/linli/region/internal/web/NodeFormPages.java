package org.linli.region.internal.web;

import org.linli.region.internal.AdminNode;
import org.linli.region.internal.RegionDirectory;
import org.linli.region.internal.RegionStructure;
import org.linli.region.RegionLevel;
import org.linli.shared.DomainException;
import org.linli.shared.InvalidInputException;
import org.linli.shared.Paging;
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

/**
 * Forms that create, edit, move and retire nodes. Each POST redirects on success (so a
 * reload does not repeat it) and shows a refusal in the form it came from.
 */
@Controller
@PreAuthorize("hasAuthority('region.write')")
class NodeFormPages {

	private final RegionDirectory directory;

	private final RegionStructure structure;

	private final FormErrors errors;

	NodeFormPages(RegionDirectory directory, RegionStructure structure, FormErrors errors) {
		this.directory = directory;
		this.structure = structure;
		this.errors = errors;
	}

	@GetMapping("/regions/{id:\\d+}/new")
	String newChild(@PathVariable long id, Jurisdiction jurisdiction, Model model) {
		return childForm(directory.view(jurisdiction, id), NodeForm.empty(), model);
	}

	@PostMapping("/regions/{id:\\d+}/children")
	String create(@PathVariable long id, @ModelAttribute NodeForm form, Jurisdiction jurisdiction, Model model) {
		try {
			return "redirect:/regions/" + structure.create(jurisdiction, id, form.changes()).id();
		}
		catch (DomainException ex) {
			errors.show(model, ex);
			return childForm(directory.view(jurisdiction, id), form, model);
		}
	}

	@GetMapping("/regions/{id:\\d+}/edit")
	String edit(@PathVariable long id, Jurisdiction jurisdiction, Model model) {
		AdminNode node = directory.view(jurisdiction, id);
		return editForm(node, NodeForm.of(node), model);
	}

	@PostMapping("/regions/{id:\\d+}/edit")
	String save(@PathVariable long id, @ModelAttribute NodeForm form, Jurisdiction jurisdiction, Model model) {
		try {
			structure.edit(jurisdiction, id, form.changes(), form.versionOrZero());
			return "redirect:/regions/" + id;
		}
		catch (DomainException ex) {
			errors.show(model, ex);
			return editForm(directory.view(jurisdiction, id), form, model);
		}
	}

	@GetMapping("/regions/{id:\\d+}/move")
	String move(@PathVariable long id, Jurisdiction jurisdiction, Model model) {
		return moveForm(jurisdiction, directory.view(jurisdiction, id), null, "", model);
	}

	@PostMapping("/regions/{id:\\d+}/move")
	String moved(@PathVariable long id, @RequestParam(required = false) Long parentId,
			@RequestParam(required = false) String number, @RequestParam(required = false) String code,
			@RequestParam int version, Jurisdiction jurisdiction, Model model) {
		try {
			if (parentId == null) {
				throw new InvalidInputException("error.region.move.parent", "parentId");
			}
			structure.move(jurisdiction, id, parentId, code, number, version);
			return "redirect:/regions/" + id;
		}
		catch (DomainException ex) {
			errors.show(model, ex);
			return moveForm(jurisdiction, directory.view(jurisdiction, id), parentId, number, model);
		}
	}

	@PostMapping("/regions/{id:\\d+}/retire")
	String retire(@PathVariable long id, @RequestParam int version, Jurisdiction jurisdiction,
			RedirectAttributes redirect) {
		AdminNode node = directory.view(jurisdiction, id);
		try {
			structure.retire(jurisdiction, id, version);
			return "redirect:/regions/" + node.parentId();
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", errors.text(ex));
			return "redirect:/regions/" + id;
		}
	}

	private String childForm(AdminNode parent, NodeForm form, Model model) {
		if (parent.level().childLevel() == null) {
			// A ten-household unit is the bottom of the tree: say so instead of showing
			// an empty form.
			throw new InvalidInputException("error.region.parent.noChildren", "parentId");
		}
		model.addAttribute("parent", parent);
		model.addAttribute("level", parent.level().childLevel());
		model.addAttribute("form", form);
		model.addAttribute("action", "/regions/" + parent.id() + "/children");
		return "region/node-form";
	}

	private String editForm(AdminNode node, NodeForm form, Model model) {
		model.addAttribute("node", node);
		model.addAttribute("level", node.level());
		model.addAttribute("form", form);
		model.addAttribute("action", "/regions/" + node.id() + "/edit");
		return "region/node-form";
	}

	private String moveForm(Jurisdiction jurisdiction, AdminNode node, Long parentId, String number, Model model) {
		model.addAttribute("node", node);
		model.addAttribute("parentId", parentId);
		model.addAttribute("number", number);
		var parentLevel = RegionLevel.values()[node.level().ordinal() - 1];
		model.addAttribute("candidates",
				directory.search(jurisdiction, "", parentLevel, null, Paging.of(0, Paging.MAX_SIZE)).items());
		return "region/move";
	}

}
