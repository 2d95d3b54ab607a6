/**
 * 自动分类 — suggests categories for a report's Chinese description, with confidence, so a
 * resident's 随手拍 comes preselected and a dispatcher sees the classifier's view next to
 * the reporter's choice. A naive Bayes model over character bigrams (HanLP portable) is
 * trained in memory from the labelled examples shipped in
 * {@code events/classifier/train.csv} plus every correction staff made to a category at
 * accept or dispatch ({@code events_classification_feedback}); it trains at startup and
 * on demand, in well under a second, and each application node trains its own. Its
 * accuracy on the held-out {@code test.csv} is measured by
 * {@code ClassifierAccuracyTests} and printed by
 * {@link org.linli.events.internal.classify.ClassifierBench}.
 */
package org.linli.events.internal.classify;
