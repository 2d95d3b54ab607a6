package org.linli.events.internal.classify;

/**
 * Prints the classifier's accuracy on the held-out set as JSON (trained on the shipped
 * examples only, no database): {@code mvn -q compile exec:java
 * -Dexec.mainClass=org.linli.events.internal.classify.ClassifierBench}, see
 * bench/RESULTS.md.
 */
public final class ClassifierBench {

	private ClassifierBench() {
	}

	public static void main(String[] args) {
		var training = TrainingSet.read(TrainingSet.SHIPPED);
		var heldOut = TrainingSet.read(TrainingSet.HELD_OUT);
		Accuracy a = Accuracy.of(CategoryModel.train(training), heldOut);
		long categories = training.stream().map(Example::code).distinct().count();
		System.out.printf(
				"{\"bench\":\"event-classifier\",\"trainingExamples\":%d,\"categories\":%d,"
						+ "\"heldOutExamples\":%d,\"top1\":%.3f,\"top3\":%.3f}%n",
				training.size(), categories, a.examples(), a.top1(), a.top3());
	}

}
