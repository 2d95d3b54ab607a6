package org.linli.bench.city;

import java.util.random.RandomGenerator;

/**
 * Chinese personal names: a surname drawn by its real frequency (the 100 commonest cover
 * about 85% of people; 汪 and 章 weighted up as they are in Anhui) and a one- or
 * two-character given name from characters typical of the person's sex and birth decade
 * (建国, 秀英 for the old; 子涵, 梓轩 for the young).
 */
public final class Names {

	/** Surnames, commonest first, with weights in per-mille of the population. */
	private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤章檀储佘";

	private static final int[] WEIGHTS = { 72, 70, 68, 53, 46, 31, 23, 20, 20, 17, 17, 15, 12, 11, 12, 11, 9, 9, 9, 8,
			7, 7, 7, 6, 6, 6, 5, 5, 5, 5, 5, 5, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
			3, 9, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
			2, 2, 2, 2, 2, 2, 2, 2, 4, 2, 1, 1 };

	private static final int[] CUMULATIVE = new int[WEIGHTS.length];

	static {
		if (WEIGHTS.length != SURNAMES.length()) {
			throw new IllegalStateException(WEIGHTS.length + " weights for " + SURNAMES.length() + " surnames");
		}
		int sum = 0;
		for (int i = 0; i < WEIGHTS.length; i++) {
			sum += WEIGHTS[i];
			CUMULATIVE[i] = sum;
		}
	}

	private static final String[] MALE = { "建国军华明强伟国平志德文福生海林永春荣富新宝庆忠", // born before 1970
			"伟强磊勇军杰涛斌超明刚鹏辉波宁鑫浩俊峰亮健飞林东华", // 1970-1999
			"子轩梓浩宇泽一辰睿博涵铭俊熙晨航宸诚皓然逸奕安乐", // 2000 on
	};

	private static final String[] FEMALE = { "秀英桂兰凤珍玉梅华芳兰英琴云霞菊萍淑珠翠莲金香", // before 1970
			"丽娟敏静燕艳芳娜婷霞红玲倩雪慧琳颖洁晶莉佳", // 1970-1999
			"子涵梓欣一诺雨萱可馨思怡语彤欣怡若汐依梦瑶琪萌悦", // 2000 on
	};

	private Names() {
	}

	public static String surname(RandomGenerator random) {
		int pick = random.nextInt(CUMULATIVE[CUMULATIVE.length - 1]);
		for (int i = 0; i < CUMULATIVE.length; i++) {
			if (pick < CUMULATIVE[i]) {
				return String.valueOf(SURNAMES.charAt(i));
			}
		}
		throw new IllegalStateException();
	}

	/** A given name for someone of this sex born in {@code year}: 70% two characters. */
	public static String given(boolean male, int year, RandomGenerator random) {
		String pool = (male ? MALE : FEMALE)[year < 1970 ? 0 : year < 2000 ? 1 : 2];
		char first = pool.charAt(random.nextInt(pool.length()));
		if (random.nextInt(10) < 3) {
			return String.valueOf(first);
		}
		char second = pool.charAt(random.nextInt(pool.length()));
		return "" + first + second;
	}

	public static String full(String surname, boolean male, int year, RandomGenerator random) {
		return surname + given(male, year, random);
	}

}
