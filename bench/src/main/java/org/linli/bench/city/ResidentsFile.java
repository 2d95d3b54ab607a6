package org.linli.bench.city;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import org.linli.bench.city.City.Building;
import org.linli.bench.city.Household.Member;
import org.linli.bench.out.PartedTable;

/**
 * Writes the residents (实有人口), one row per person, household by household, in the
 * population import format documented in bench/README.md. Ages count to {@link #TODAY} so
 * that the output does not depend on the day it is generated.
 */
public final class ResidentsFile {

	public static final List<String> HEADERS = List.of("姓名", "身份证号码", "性别", "民族", "联系电话", "户籍地址", "居住类型", "社区代码", "网格号",
			"小区名称", "楼栋号", "单元号", "房号", "户号", "与户主关系", "政治面貌", "文化程度", "婚姻状况", "工作单位", "标签");

	public static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

	/** Where 流动人口 come from: ID region code and the start of the 户籍地址. */
	private static final String[][] ORIGINS = { { "340104", "安徽省合肥市蜀山区" }, { "340321", "安徽省蚌埠市怀远县" },
			{ "341122", "安徽省滁州市来安县" }, { "341221", "安徽省阜阳市临泉县" }, { "341523", "安徽省六安市舒城县" }, { "340826", "安徽省安庆市宿松县" },
			{ "341721", "安徽省池州市东至县" }, { "341321", "安徽省宿州市砀山县" }, { "320102", "江苏省南京市玄武区" }, { "330106", "浙江省杭州市西湖区" },
			{ "360102", "江西省南昌市东湖区" }, { "410102", "河南省郑州市中原区" }, { "420102", "湖北省武汉市江岸区" },
			{ "510104", "四川省成都市锦江区" } };

	private static final String[] PHONE_PREFIXES = { "133", "135", "136", "137", "138", "139", "150", "151", "152",
			"155", "156", "157", "158", "159", "166", "176", "177", "180", "181", "182", "183", "186", "187", "188",
			"189", "191", "198", "199" };

	private final City city;

	private final SplittableRandom random;

	private final IdNumbers ids;

	private final Attributes attributes;

	private final String[] cells = new String[HEADERS.size()];

	/** Counts for the manifest: households, residents aged 60+, residents with a tag. */
	public static final class Stats {

		public long households;

		public long aged60;

		public long tagged;

	}

	private final Stats stats = new Stats();

	private ResidentsFile(City city) {
		this.city = city;
		this.random = new SplittableRandom(city.seed + 2);
		this.ids = new IdNumbers(city.size.residents());
		this.attributes = new Attributes(random);
	}

	/** Writes every resident to each table; returns the number of rows. */
	public static Stats write(City city, List<PartedTable> tables) throws IOException {
		ResidentsFile file = new ResidentsFile(city);
		file.writeAll(tables);
		return file.stats;
	}

	private long writeAll(List<PartedTable> tables) throws IOException {
		byte[] sizes = Occupancy.plan(city, new SplittableRandom(city.seed + 3));
		for (PartedTable t : tables) {
			t.header(HEADERS);
		}
		long[] rows = { 0 };
		java.util.Map<String, Integer> householdNumbers = new java.util.HashMap<>();
		for (Building b : city.buildings) {
			Houses.each(b, (index, unit, floor, room) -> {
				int size = sizes[index];
				if (size == 0) {
					return;
				}
				for (PartedTable t : tables) {
					t.group(size);
				}
				String community = b.grid.community().code();
				String householdNumber = community + "-"
						+ "%06d".formatted(householdNumbers.merge(community, 1, Integer::sum));
				Household h = Household.of(size, random);
				h.name(random);
				cells[7] = community;
				cells[8] = String.valueOf(b.grid.number());
				cells[9] = b.compound.name();
				cells[10] = b.number;
				cells[11] = String.valueOf(unit);
				cells[12] = room;
				cells[13] = householdNumber;
				String address = b.grid.community().street().district().fullName() + b.compound.address()
						+ b.compound.name() + b.number + "栋" + unit + "单元" + room + "室";
				household(h, b, address, tables);
				rows[0] += size;
			});
		}
		return rows[0];
	}

	private void household(Household h, Building b, String address, List<PartedTable> tables) throws IOException {
		double r = random.nextDouble();
		String kind = r < 0.72 ? "户籍人口" : r < 0.82 ? "人户分离" : "流动人口";
		String[] origin = ORIGINS[random.nextInt(ORIGINS.length)];
		String district = b.grid.community().street().district().code();
		String home = switch (kind) {
			case "户籍人口" -> address;
			case "人户分离" -> "安徽省铜陵市" + CityPlanner.ROADS[random.nextInt(CityPlanner.ROADS.length)]
					+ (1 + random.nextInt(500)) + "号";
			default -> origin[1] + CityPlanner.PLACES[random.nextInt(CityPlanner.PLACES.length)] + "镇"
					+ (1 + random.nextInt(20)) + "组";
		};
		String ethnicity = attributes.ethnicity();
		boolean poor = random.nextInt(1000) < 25;
		boolean allOld = h.members.stream().allMatch(m -> m.age >= 60);
		stats.households++;
		for (Member m : h.members) {
			LocalDate birth = TODAY.minusYears(m.age).minusDays(random.nextInt(365));
			String code = kind.equals("流动人口") ? origin[0] : Attributes.idRegion(district, birth.getYear(), random);
			cells[0] = m.surname + Names.given(m.male, birth.getYear(), random);
			cells[1] = ids.next(code, birth, m.male, random);
			cells[2] = m.male ? "男" : "女";
			cells[3] = random.nextInt(20) == 0 ? attributes.ethnicity() : ethnicity;
			cells[4] = m.age >= 14 && (m.age < 80 || random.nextBoolean()) ? phone() : null;
			cells[5] = home;
			cells[6] = kind;
			cells[14] = m.relation;
			cells[15] = attributes.politics(m.age);
			cells[16] = attributes.education(m.age);
			cells[17] = attributes.marriage(m, h);
			cells[18] = attributes.work(m);
			cells[19] = attributes.tags(m, h.members.size(), allOld, poor);
			stats.aged60 += m.age >= 60 ? 1 : 0;
			stats.tagged += cells[19] != null ? 1 : 0;
			for (PartedTable t : tables) {
				t.row(cells);
			}
		}
	}

	private String phone() {
		return PHONE_PREFIXES[random.nextInt(PHONE_PREFIXES.length)] + "%08d".formatted(random.nextInt(100_000_000));
	}

}
