package org.linli.population.internal.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * 与户主关系 as written on household registers, to the relations a household member may have
 * (population_household_member.relation). A relation not listed is OTHER (儿媳, 女婿, 保姆 …):
 * the register knows more kinds than the household keeps.
 */
final class HouseholdRelation {

	private static final Map<String, String> KNOWN = new HashMap<>();

	static {
		put("HEAD", "户主", "本人");
		put("SPOUSE", "配偶", "妻", "夫", "妻子", "丈夫");
		put("CHILD", "子", "女", "儿子", "女儿", "长子", "次子", "三子", "长女", "次女", "三女", "养子", "养女", "独生子", "独生女", "子女");
		put("PARENT", "父亲", "母亲", "父", "母", "父母", "公公", "婆婆", "岳父", "岳母");
		put("GRANDPARENT", "祖父", "祖母", "外祖父", "外祖母", "爷爷", "奶奶", "外公", "外婆", "祖父母");
		put("GRANDCHILD", "孙子", "孙女", "外孙", "外孙子", "外孙女");
		put("SIBLING", "兄", "弟", "姐", "妹", "哥哥", "弟弟", "姐姐", "妹妹", "兄弟姐妹");
	}

	private HouseholdRelation() {
	}

	private static void put(String code, String... labels) {
		KNOWN.put(code, code);
		List.of(labels).forEach(label -> KNOWN.put(label, code));
	}

	static String of(String text) {
		return KNOWN.getOrDefault(text.strip().toUpperCase(Locale.ROOT), "OTHER");
	}

}
