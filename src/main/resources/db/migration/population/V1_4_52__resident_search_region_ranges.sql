-- Search inside a region (bench `search`, 1M residents). The region test is now a range of paths (RegionPath.subtreeEnd):
-- unlike `<@`, which only GiST serves, a range is a btree condition that an index can pair with a birth date or a tag.
-- An age band in one community read the city's whole band from (birth_date, path) and kept one row in ten (40-56 ms);
-- from (path, birth_date) it reads the community's band alone, and with name and id included the page is sorted from
-- the index without a visit to the table (3 ms; the planner then prefers it to walking the name index).
create index population_resident_path_birth on population_resident (path, birth_date) include (name, id)
    where retired_at is null;
drop index population_resident_birth_path;
-- A tag inside one community: its capped count walked every row of the tag in the city (17-20 ms for 70,000); now
-- the community's rows alone (0.3 ms).
create index population_resident_tag_path on population_resident_tag (tag_code, path) where active;
