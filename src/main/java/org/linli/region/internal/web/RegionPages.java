package org.linli.region.internal.web;

import java.util.List;

import org.linli.region.RegionLevel;
import org.linli.region.internal.AdminNode;
import org.linli.region.internal.Buildings;
import org.linli.region.internal.Compounds;
import org.linli.region.internal.RegionDirectory;
import org.linli.shared.Jurisdiction;
import org.linli.shared.PageResult;
import org.linli.shared.Paging;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The region browser: a node with its breadcrumb (inside the caller's scope), its
 * children or a search below it, a lazily loaded tree, and for communities and grids
 * their compounds and buildings.
 */
@Controller
@PreAuthorize("hasAuthority('region.read')")
class RegionPages {

	private final RegionDirectory directory;

	private final Compounds compounds;

	private final Buildings buildings;

	RegionPages(RegionDirectory directory, Compounds compounds, Buildings buildings) {
		this.directory = directory;
		this.compounds = compounds;
		this.buildings = buildings;
	}

	@GetMapping("/regions")
	String mine(Jurisdiction jurisdiction) {
		return "redirect:/regions/" + directory.mine(jurisdiction).id();
	}

	@GetMapping("/regions/{id:\\d+}")
	String node(@PathVariable long id, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, Jurisdiction jurisdiction, Model model) {
		AdminNode node = directory.view(jurisdiction, id);
		Paging paging = Paging.of(page, 20);
		boolean searching = q != null && !q.isBlank();
		PageResult<AdminNode> children = searching ? directory.search(jurisdiction, q, null, id, paging)
				: directory.children(jurisdiction, id, paging);
		model.addAttribute("node", node);
		model.addAttribute("ancestry", directory.ancestry(jurisdiction, id));
		model.addAttribute("children", children);
		model.addAttribute("q", searching ? q.trim() : "");
		model.addAttribute("changeable", changeable(jurisdiction, node));
		model.addAttribute("root", directory.mine(jurisdiction));
		if (node.level() == RegionLevel.COMMUNITY) {
			model.addAttribute("compounds", compounds.ofCommunity(jurisdiction, id, Paging.of(0, 200)).items());
		}
		if (node.level() == RegionLevel.GRID) {
			model.addAttribute("buildings", buildings.list(jurisdiction, id, null, Paging.of(0, 200)).items());
		}
		return "region/node";
	}

	/** The children of a node as tree items (htmx fragment). */
	@GetMapping("/regions/{id:\\d+}/tree")
	String tree(@PathVariable long id, Jurisdiction jurisdiction, Model model) {
		List<AdminNode> children = directory.children(jurisdiction, id, Paging.of(0, Paging.MAX_SIZE)).items();
		model.addAttribute("items", children);
		return "region/tree :: items";
	}

	/** Strictly below the caller's own node: only there may it edit, move or retire. */
	static boolean changeable(Jurisdiction jurisdiction, AdminNode node) {
		return !node.retired() && node.parentId() != null && !node.path().equals(jurisdiction.region());
	}

}
