-- Resident search over a million residents, every kind an index walk that stops after its page (bench `search`).
-- * Pages are ordered by name. The search takes a page's ids from this index alone — scope and age band are
--   tested on its included columns, no table row is read — and then reads those 20 rows. It replaces the
--   plain (name, id) index, which had to read each row to test the scope: a community's page read ~5,000.
create index population_resident_name_page on population_resident (name, id) include (path, birth_date)
    where retired_at is null;
drop index population_resident_name_order;
-- * The index of character pairs now finds every fragment of two or more characters (a fragment's pairs are all
--   in the name; the like stays the exact test), for retired residents too: the trigram index is redundant, and
--   each index on this table costs the bulk import about 10 µs a row. One character finds too many for any index.
drop index population_resident_name_pairs;
create index population_resident_name_pairs on population_resident using gin (population_name_pairs(name));
drop index population_resident_name_trgm;
-- * Birth date alone is the leading column of population_resident_birth_path (active residents).
drop index population_resident_birth;
-- * A tag's residents from the index alone (the capped count and the semi-join of a wide tag).
create index population_resident_tag_code_resident on population_resident_tag (tag_code, resident_id);
drop index population_resident_tag_code;
