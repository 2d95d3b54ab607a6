package org.linli.testing;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.linli.shared.IdCardNumber;

/**
 * Valid but random ID card numbers and mobile numbers, so tests sharing one database
 * never register the same person twice.
 */
public final class TestIdCards {

	private TestIdCards() {
	}

	/** A valid 18-digit number born on {@code birth}. */
	public static String bornOn(LocalDate birth) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String first17 = "340705"
				+ "%04d%02d%02d".formatted(birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth())
				// 100–999: the demo city's residents born in 340705 use 000–099
				+ "%03d".formatted(100 + random.nextInt(900));
		return first17 + IdCardNumber.checkDigit(first17);
	}

	public static String random() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return bornOn(LocalDate.of(1940 + random.nextInt(80), 1 + random.nextInt(12), 1 + random.nextInt(28)));
	}

	public static String mobile() {
		return "139" + "%08d".formatted(ThreadLocalRandom.current().nextInt(100_000_000));
	}

}
