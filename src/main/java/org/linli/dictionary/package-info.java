/**
 * Data dictionaries 数据字典 — the editable enumerations (house uses, residence types,
 * building types, departments …) with Chinese and English labels that every module reads
 * instead of hard-coding lists. System administrators relabel, reorder, add and disable
 * entries; entries shipped by migrations are system entries and are never deleted, so
 * stored codes always keep a label. Other modules ask
 * {@link org.linli.dictionary.Dictionaries} whether a code is valid and how to label it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Data dictionaries", allowedDependencies = "shared")
package org.linli.dictionary;
