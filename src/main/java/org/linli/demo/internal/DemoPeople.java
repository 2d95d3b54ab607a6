package org.linli.demo.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.linli.shared.IdCardNumber;

/**
 * Names, ID numbers and mobile numbers of the demo residents, from the caller's seeded
 * generator. ID numbers are valid GB 11643 numbers and never repeat; their region code is
 * where the person was registered at birth: 铜官区 340705 only since it was formed (2015),
 * before that the districts it replaced (铜官山区 340702, 狮子山区 340703) and the county around,
 * and for people who moved here, their home county.
 */
final class DemoPeople {

	/** The districts 铜官区 replaced, and neighbours, weighted by repetition. */
	static final List<String> LOCAL = List.of("340702", "340702", "340702", "340703", "340703", "340711", "340721",
			"340722");

	/** Home counties of people who moved to Tongling (流动人口). */
	static final List<String> ELSEWHERE = List.of("340722", "340822", "341221", "341821", "340121", "342921", "320321",
			"360430", "420117", "410526", "361128", "341024");

	/** 铜官区, the numbers of people born since it exists. */
	static final String TONGGUAN = "340705";

	/**
	 * Sequence numbers (digits 15–17) the demo uses under 340705: 000–099. Tests that
	 * make up numbers of their own under 340705 stay above, so a test database holding
	 * the demo city never refuses them as duplicates.
	 */
	static final int TONGGUAN_SEQUENCES = 100;

	/** Common surnames first: they are drawn more often. */
	private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方";

	private static final String MALE = "伟强磊军洋勇杰涛明超刚平辉波宁建国文斌志海林浩宇鑫鹏飞俊峰立新华永春德成";

	private static final String FEMALE = "芳娜敏静丽艳娟秀霞桂英华玉兰萍红梅燕雪晨慧琳欣怡涵婷雨佳莉琴凤云";

	private final Random random;

	private final Set<String> issued = new HashSet<>();

	private final Set<String> phones = new HashSet<>();

	DemoPeople(Random random) {
		this.random = random;
	}

	String surname() {
		// squared: the first surnames (王李张刘陈) are far more common, as in life
		double r = random.nextDouble();
		return String.valueOf(SURNAMES.charAt((int) (r * r * SURNAMES.length())));
	}

	String name(String surname, boolean male) {
		String given = male ? MALE : FEMALE;
		StringBuilder name = new StringBuilder(surname);
		int length = random.nextInt(3) == 0 ? 1 : 2;
		for (int i = 0; i < length; i++) {
			name.append(given.charAt(random.nextInt(given.length())));
		}
		return name.toString();
	}

	/**
	 * A number not issued before, registered locally or, when {@code moved}, elsewhere.
	 */
	String idNumber(LocalDate birth, boolean male, boolean moved) {
		boolean tongguan = !moved && birth.getYear() >= 2016;
		String region = tongguan ? TONGGUAN
				: (moved ? ELSEWHERE : LOCAL).get(random.nextInt((moved ? ELSEWHERE : LOCAL).size()));
		int bound = tongguan ? TONGGUAN_SEQUENCES : 1000;
		for (int start = random.nextInt(bound), k = 0; k < bound; k++) {
			int sequence = (start + k) % bound;
			// the 17th digit, the sequence's last, is odd for men
			if ((sequence % 2 == 1) != male) {
				continue;
			}
			String first17 = region
					+ "%04d%02d%02d".formatted(birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth())
					+ "%03d".formatted(sequence);
			String number = first17 + IdCardNumber.checkDigit(first17);
			if (issued.add(number)) {
				return number;
			}
		}
		throw new IllegalStateException("No ID number left for " + birth);
	}

	/**
	 * Registers a number chosen elsewhere (a demo account's), so it is not issued again.
	 */
	void reserve(String idNumber, String phone) {
		issued.add(idNumber);
		phones.add(phone);
	}

	/** A mobile number, never one of the demo accounts' 1390562xxxx. */
	String mobile() {
		String prefixes = "35789";
		while (true) {
			String phone = "1" + prefixes.charAt(random.nextInt(prefixes.length()))
					+ "%09d".formatted(random.nextInt(1_000_000_000));
			if (!phone.startsWith("1390562") && phones.add(phone)) {
				return phone;
			}
		}
	}

	LocalDate birthDate(LocalDate today, int age) {
		return today.minusYears(age).minusDays(1 + random.nextInt(364));
	}

}
