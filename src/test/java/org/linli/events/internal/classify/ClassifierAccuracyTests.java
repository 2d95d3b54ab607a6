package org.linli.events.internal.classify;

import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 自动分类 measured on the held-out set, which it never trains on: a floor that a broken
 * tokenizer, a shuffled label or a lost training file would fall through.
 */
class ClassifierAccuracyTests {

	static final List<Example> TRAINING = TrainingSet.read(TrainingSet.SHIPPED);

	static final List<Example> HELD_OUT = TrainingSet.read(TrainingSet.HELD_OUT);

	@Test
	void suggestsTheRightCategoryFirstForMostHeldOutComplaintsAndAmongThreeForNearlyAll() {
		Accuracy accuracy = Accuracy.of(CategoryModel.train(TRAINING), HELD_OUT);
		System.out.printf("event classifier: %d held-out examples, top-1 %.3f, top-3 %.3f%n", accuracy.examples(),
				accuracy.top1(), accuracy.top3());
		assertThat(accuracy.top1()).isGreaterThanOrEqualTo(0.75);
		assertThat(accuracy.top3()).isGreaterThanOrEqualTo(0.85);
	}

	@Test
	void theHeldOutSetSharesNoTextWithTheTrainingSetAndCoversEveryTrainedCategory() {
		var trainedTexts = new HashSet<>(TRAINING.stream().map(Example::text).toList());
		assertThat(HELD_OUT).noneMatch(e -> trainedTexts.contains(e.text()));
		assertThat(HELD_OUT.stream().map(Example::code).distinct())
			.containsExactlyInAnyOrderElementsOf(TRAINING.stream().map(Example::code).distinct().toList());
		assertThat(TRAINING.stream().map(Example::code).distinct().count()).isGreaterThanOrEqualTo(20);
	}

	@Test
	void confidencesAreProbabilitiesBestFirst() {
		var top = CategoryModel.train(TRAINING).top("小区门口的垃圾好几天没人清理了", 3);
		assertThat(top).hasSize(3);
		assertThat(top.get(0).code()).isEqualTo("0102");
		assertThat(top.get(0).probability()).isBetween(0.0, 1.0).isGreaterThanOrEqualTo(top.get(1).probability());
		assertThat(CategoryModel.train(TRAINING).top("  ", 3)).isEmpty();
	}

}
