package org.linli.events.internal.classify;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.linli.events.internal.Categories;
import org.linli.events.internal.Category;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * 自动分类: suggests enabled categories for a description from a model cached in memory;
 * retrains from the shipped examples plus staff corrections at startup and on demand, and
 * keeps each correction for the next training.
 */
@Service
public class EventClassifier {

	private static final Logger log = LoggerFactory.getLogger(EventClassifier.class);

	private final JdbcClient jdbc;

	private final Categories categories;

	private final Clock clock;

	private volatile CategoryModel model;

	EventClassifier(JdbcClient jdbc, Categories categories, Clock clock) {
		this.jdbc = jdbc;
		this.categories = categories;
		this.clock = clock;
	}

	/** The three likeliest enabled subclasses, best first; empty for a blank text. */
	public List<Suggestion> suggest(String text, Locale locale) {
		Map<String, Category> enabled = categories.list(false)
			.stream()
			.collect(Collectors.toMap(Category::code, Function.identity()));
		return current().top(text, 6)
			.stream()
			.filter(s -> enabled.containsKey(s.code()))
			.limit(3)
			.map(s -> new Suggestion(s.code(), enabled.get(s.code()).label(locale),
					Math.round(s.probability() * 1000) / 1000.0))
			.toList();
	}

	/** Trains a new model and swaps it in; the old one serves until then. */
	@EventListener(ApplicationReadyEvent.class)
	public synchronized Trained retrain() {
		List<Example> examples = new ArrayList<>(TrainingSet.read(TrainingSet.SHIPPED));
		List<Example> corrections = jdbc.sql("""
				select f.text, f.chosen_code from events_classification_feedback f
				  join events_category c on c.code = f.chosen_code and c.enabled
				 order by f.id""").query((rs, n) -> new Example(rs.getString(1), rs.getString(2))).list();
		examples.addAll(corrections);
		long started = System.nanoTime();
		model = CategoryModel.train(examples);
		long millis = (System.nanoTime() - started) / 1_000_000;
		log.info("Event classifier trained on {} examples ({} staff corrections) in {} ms", examples.size(),
				corrections.size(), millis);
		return new Trained(examples.size(), corrections.size(), millis);
	}

	/**
	 * Keeps a dispatcher's change of category (the event's text, what the classifier
	 * suggests for it, what the dispatcher chose) for the next training.
	 */
	public void recordCorrection(long eventId, String text, String chosen, long byAccountId) {
		List<CategoryModel.Scored> top = current().top(text, 1);
		jdbc.sql(
				"""
						insert into events_classification_feedback (event_id, text, suggested_code, chosen_code, by_account_id, at)
						values (:event, :text, :suggested, :chosen, :by, :at)""")
			.param("event", eventId)
			.param("text", text)
			.param("suggested", top.isEmpty() ? null : top.get(0).code())
			.param("chosen", chosen)
			.param("by", byAccountId)
			.param("at", Timestamp.from(clock.instant()))
			.update();
	}

	private CategoryModel current() {
		CategoryModel m = model;
		if (m == null) {
			retrain();
			m = model;
		}
		return m;
	}

	/**
	 * What a training used.
	 *
	 * @param examples labelled texts in all
	 * @param corrections of which staff corrections
	 * @param millis how long it took
	 */
	public record Trained(int examples, int corrections, long millis) {
	}

}
