-- Every subtree query on residents now reads a range of paths (RegionPath.subtreeEnd) that the B-tree
-- population_resident_path_birth serves: search, structure, freshness, a node's move. The GiST index on the
-- path had no reader left and cost every imported or created resident a GiST insert.
drop index population_resident_path;
-- Retired residents (moved out, deceased) are few and never imported as such: their own small index serves the
-- searches that include them and a node's move, beside population_resident_path_birth for the active ones.
create index population_resident_retired_path on population_resident (path) where retired_at is not null;
