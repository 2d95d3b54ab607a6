package org.linli.bench.city;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.linli.bench.city.City.Building;
import org.linli.bench.city.City.Community;
import org.linli.bench.city.City.Compound;
import org.linli.bench.city.City.District;
import org.linli.bench.city.City.Grid;
import org.linli.bench.city.City.Street;

/**
 * Lays out a city of a {@link CitySize} from a seed: districts of 铜陵市, streets (codes
 * from 101 on, clear of the demo city's 001-003), communities, grids, one compound per
 * two grids and buildings of a realistic type mix, then adds or removes whole floors
 * until the house count meets the target.
 */
public final class CityPlanner {

	private static final List<District> DISTRICTS = List.of(new District("340705", "铜官区", "安徽省铜陵市铜官区", 30.935, 117.815),
			new District("340706", "义安区", "安徽省铜陵市义安区", 30.952, 117.792),
			new District("340711", "郊区", "安徽省铜陵市郊区", 30.880, 117.760),
			new District("340722", "枞阳县", "安徽省铜陵市枞阳县", 30.700, 117.220));

	static final String[] PLACES = { "天井湖", "五松", "滨江", "幸福", "朝阳", "长江", "西湖", "翠湖", "金山", "铜都", "笠帽山", "钟鸣", "顺安",
			"大通", "天门", "胥坝", "老洲", "东联", "西联", "和平", "光明", "红星", "建设", "人民", "新民", "团结", "友好", "胜利", "东风", "向阳", "新华",
			"永安", "长安", "太平", "丰收", "桥南", "桥北", "城东", "城西", "城南", "城北", "江南", "湖东", "山水", "绿洲", "阳光", "南湖", "北湖", "书香",
			"凤凰", "梧桐", "樟树", "银杏", "荷花", "石城", "义安", "学府", "金桥", "狮子山", "螺蛳山", "鹞鹰", "横港", "枞川", "汤沟", "官埠", "会宫" };

	private static final String[] COMPOUND_SUFFIXES = { "花园", "小区", "新村", "家园", "苑", "华府", "名都", "雅居", "公寓", "山庄", "嘉园",
			"城" };

	static final String[] ROADS = { "长江西路", "长江中路", "长江东路", "北京西路", "北京东路", "淮河大道", "石城大道", "义安大道", "翠湖一路", "翠湖二路",
			"天井湖路", "五松路", "人民路", "建设路", "铜官大道", "笠帽山路", "栖凤路", "螺蛳山路", "金山路", "黄山大道" };

	private CityPlanner() {
	}

	public static City plan(CitySize size, long seed) {
		City city = new City(size, seed);
		SplittableRandom random = new SplittableRandom(seed);
		for (String code : size.districts()) {
			city.districts.add(DISTRICTS.stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow());
		}
		for (int s = 0; s < size.streets(); s++) {
			District d = city.districts.get(s % city.districts.size());
			int number = 101 + s / city.districts.size();
			String suffix = d.name().endsWith("区") && !d.name().equals("郊区") ? "街道" : "镇";
			city.streets.add(new Street(d, d.code() + number, place(random, s) + suffix));
		}
		int[] perStreet = new int[size.streets()];
		for (int c = 0; c < size.communities(); c++) {
			int s = c % size.streets();
			Street street = city.streets.get(s);
			city.communities.add(new Community(street, street.code() + "%03d".formatted(++perStreet[s]),
					place(random, c * 7 + 3) + "社区"));
		}
		planGrids(city, random);
		planBuildings(city, random);
		fitHouses(city);
		city.numberHouses();
		return city;
	}

	private static String place(SplittableRandom random, int salt) {
		return PLACES[(random.nextInt(PLACES.length) + salt) % PLACES.length];
	}

	private static void planGrids(City city, SplittableRandom random) {
		CitySize size = city.size;
		int[] perDistrict = new int[city.districts.size()];
		for (int c = 0; c < size.communities(); c++) {
			Community community = city.communities.get(c);
			int grids = size.grids() / size.communities() + (c < size.grids() % size.communities() ? 1 : 0);
			Set<String> names = new HashSet<>();
			for (int g = 0; g < grids; g++) {
				District d = community.street().district();
				int k = perDistrict[city.districts.indexOf(d)]++;
				double lat = d.lat() + (k / 40 - 10) * 0.006;
				double lon = d.lon() + (k % 40 - 20) * 0.004;
				city.grids.add(new Grid(community, g + 1, community.name() + "第" + (g + 1) + "网格", lat, lon));
				if (g % 2 == 0) {
					String name;
					do {
						name = place(random, g) + COMPOUND_SUFFIXES[random.nextInt(COMPOUND_SUFFIXES.length)];
					}
					while (!names.add(name));
					String address = ROADS[random.nextInt(ROADS.length)] + (1 + random.nextInt(399)) + "号";
					city.compounds.add(new Compound(community, name, address));
				}
			}
		}
	}

	private static void planBuildings(City city, SplittableRandom random) {
		CitySize size = city.size;
		int compoundIndex = -1;
		Community previous = null;
		int gridInCommunity = 0;
		java.util.Map<Compound, Integer> numbers = new java.util.HashMap<>();
		for (int g = 0; g < city.grids.size(); g++) {
			Grid grid = city.grids.get(g);
			gridInCommunity = grid.community() == previous ? gridInCommunity + 1 : 0;
			if (gridInCommunity % 2 == 0) {
				compoundIndex++;
			}
			previous = grid.community();
			Compound compound = city.compounds.get(compoundIndex);
			int count = size.buildings() / size.grids() + (g < size.buildings() % size.grids() ? 1 : 0);
			for (int i = 0; i < count; i++) {
				Building b = shape(random, size.highRiseShare());
				b.grid = grid;
				b.compound = compound;
				b.number = String.valueOf(numbers.merge(compound, 1, Integer::sum));
				b.lat = round6(grid.lat() + random.nextDouble() * 0.005);
				b.lon = round6(grid.lon() + random.nextDouble() * 0.0035);
				city.buildings.add(b);
			}
		}
	}

	private static Building shape(SplittableRandom random, double highRise) {
		Building b = new Building();
		double r = random.nextDouble();
		if (r < highRise) {
			set(b, "高层", 11 + random.nextInt(23), 1 + random.nextInt(3), 2 + random.nextInt(3));
		}
		else if (r < highRise + 0.55) {
			set(b, "多层", 5 + random.nextInt(3), 2 + random.nextInt(3), 2);
			b.shopsOnGround = random.nextInt(100) < 15;
		}
		else if (r < highRise + 0.77) {
			set(b, "平房/自建房", 1 + random.nextInt(3), 1, 1 + random.nextInt(2));
		}
		else if (r < highRise + 0.82) {
			set(b, "别墅", 3, 1, 1);
			b.singleHouse = true;
		}
		else {
			set(b, "非住宅", 1 + random.nextInt(5), 1, 4 + random.nextInt(7));
			b.use = random.nextInt(10) < 6 ? "商业" : "办公";
		}
		return b;
	}

	private static void set(Building b, String type, int floors, int units, int rooms) {
		b.type = type;
		b.floors = floors;
		b.units = units;
		b.roomsPerFloor = rooms;
	}

	/** Adds (or removes) floors, then units, of 多层 and 高层 buildings in turn. */
	private static void fitHouses(City city) {
		List<Building> adjustable = city.buildings.stream()
			.filter(b -> b.type.equals("多层") || b.type.equals("高层"))
			.toList();
		int total = city.buildings.stream().mapToInt(Building::houseCount).sum();
		int target = city.size.houses();
		for (int round = 0; total != target && round < 100; round++) {
			for (Building b : adjustable) {
				if (total == target) {
					break;
				}
				boolean high = b.type.equals("高层");
				int before = b.houseCount();
				if (total < target) {
					if (b.floors < (high ? 33 : 9)) {
						b.floors++;
					}
					else if (b.units < 6) {
						b.units++;
					}
				}
				else if (b.floors > (high ? 10 : 4) && total - b.units * b.roomsPerFloor >= target - 8) {
					b.floors--;
				}
				total += b.houseCount() - before;
			}
			if (total > target && total - target <= 8) {
				break;
			}
		}
	}

	private static double round6(double v) {
		return Math.round(v * 1e6) / 1e6;
	}

}
