package org.linli.bench.city;

import java.util.ArrayList;
import java.util.List;

/**
 * The generated city's structure in memory: the administrative tree down to grids, the
 * compounds and the buildings. Houses are not objects: a building's houses follow from
 * its shape (units × floors × rooms per floor), in a fixed order, so 2.3 million of them
 * cost nothing to hold.
 */
public final class City {

	public record District(String code, String name, String fullName, double lat, double lon) {
	}

	public record Street(District district, String code, String name) {
	}

	public record Community(Street street, String code, String name) {
	}

	public record Grid(Community community, int number, String name, double lat, double lon) {
	}

	public record Compound(Community community, String name, String address) {
	}

	/** 楼栋. {@code use} is the house use of every house, except shops on floor 1. */
	public static final class Building {

		public Grid grid;

		public Compound compound;

		public String number;

		public String type;

		public int floors;

		public int units;

		public int roomsPerFloor;

		/** Villas: one house whatever the floors. */
		public boolean singleHouse;

		public boolean shopsOnGround;

		public String use = "住宅";

		public double lat;

		public double lon;

		/** Index of the first house in the city's house order. */
		public int firstHouse;

		public int houseCount() {
			return singleHouse ? 1 : units * floors * roomsPerFloor;
		}

		/** The use of the house on {@code floor}. */
		public String useOn(int floor) {
			return shopsOnGround && floor == 1 ? "商业" : use;
		}

		public String name() {
			return compound.name() + number + "栋";
		}

	}

	public final CitySize size;

	public final long seed;

	public final List<District> districts = new ArrayList<>();

	public final List<Street> streets = new ArrayList<>();

	public final List<Community> communities = new ArrayList<>();

	public final List<Grid> grids = new ArrayList<>();

	public final List<Compound> compounds = new ArrayList<>();

	public final List<Building> buildings = new ArrayList<>();

	public int houses;

	City(CitySize size, long seed) {
		this.size = size;
		this.seed = seed;
	}

	/** Numbers the houses in building order; returns the total. */
	int numberHouses() {
		houses = 0;
		for (Building b : buildings) {
			b.firstHouse = houses;
			houses += b.houseCount();
		}
		return houses;
	}

}
