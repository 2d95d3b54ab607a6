package org.linli.events.internal.classify;

import java.util.List;

/**
 * Top-1 and top-3 accuracy of a model on a labelled set: the share of examples whose
 * label is the first suggestion, or among the first three.
 *
 * @param examples how many examples were measured
 * @param top1 share right at the first suggestion
 * @param top3 share right among the first three
 */
public record Accuracy(int examples, double top1, double top3) {

	public static Accuracy of(CategoryModel model, List<Example> set) {
		int first = 0;
		int three = 0;
		for (Example e : set) {
			List<String> codes = model.top(e.text(), 3).stream().map(CategoryModel.Scored::code).toList();
			if (!codes.isEmpty() && codes.get(0).equals(e.code())) {
				first++;
			}
			if (codes.contains(e.code())) {
				three++;
			}
		}
		return new Accuracy(set.size(), first / (double) set.size(), three / (double) set.size());
	}

}
