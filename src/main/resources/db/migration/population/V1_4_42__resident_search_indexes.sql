-- Resident search over a million residents (bench `search`):
-- * A Chinese given name is two characters, and pg_trgm finds no trigram in a two-character
--   fragment ("建国"): such searches scanned the whole table. A GIN index over the name's
--   character pairs finds them; the query keeps its LIKE as the exact test.
create function population_name_pairs(name text) returns text[]
    language sql immutable strict parallel safe
as $$ select coalesce(array_agg(distinct substr(name, i, 2)), '{}') from generate_series(1, char_length(name) - 1) i $$;
create index population_resident_name_pairs on population_resident using gin (population_name_pairs(name))
    where retired_at is null;
-- * Pages are ordered by name: walking this index stops after one page of a wide result
--   (a tag, an age band, a street) instead of sorting all of it.
create index population_resident_name_order on population_resident (name, id) where retired_at is null;
-- * Age bands are counted from the index alone (birth date and the path the scope tests).
create index population_resident_birth_path on population_resident (birth_date, path) where retired_at is null;
