package org.linli.bench.city;

import java.time.LocalDate;
import java.util.random.RandomGenerator;

/**
 * 居民身份证号码 (GB 11643) for generated people: six-digit region code, birth date, a
 * three-digit sequence whose last digit is odd for men, and the check digit. The
 * algorithm repeats org.linli.shared.IdCardNumber (weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5
 * 8 4 2, sum mod 11 mapped to "10X98765432"): the bench does not depend on the
 * application, whose jar is a Spring Boot fat jar and not a library. Numbers are unique
 * within one generator.
 */
public final class IdNumbers {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String CHECK = "10X98765432";

	private final LongSet issued;

	public IdNumbers(int expected) {
		this.issued = new LongSet(expected);
	}

	public static char checkDigit(CharSequence first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK.charAt(sum % 11);
	}

	/** Whether {@code id} is 18 characters with a correct check digit. */
	public static boolean valid(String id) {
		return id != null && id.matches("\\d{17}[\\dX]") && id.charAt(17) == checkDigit(id);
	}

	/** A new number, never issued before by this generator. */
	public String next(String regionCode, LocalDate birth, boolean male, RandomGenerator random) {
		long prefix = Long.parseLong(regionCode) * 100_000_000L + birth.getYear() * 10_000L
				+ birth.getMonthValue() * 100L + birth.getDayOfMonth();
		for (int attempt = 0;; attempt++) {
			// Sequence 000-999; its last digit carries the sex. After many clashes on one
			// (region, day), any free sequence of the right parity will do.
			int seq = attempt < 50 ? random.nextInt(500) * 2 + (male ? 1 : 0) : (attempt - 50) * 2 + (male ? 1 : 0);
			if (seq > 999) {
				throw new IllegalStateException("no free ID sequence for " + prefix);
			}
			long first17 = prefix * 1000 + seq;
			if (issued.add(first17)) {
				String body = Long.toString(first17);
				return body + checkDigit(body);
			}
		}
	}

}
