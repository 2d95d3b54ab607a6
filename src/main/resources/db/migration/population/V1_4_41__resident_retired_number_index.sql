-- The import merges by ID number against retired residents too; the unique index covers only active ones, so
-- without this a lookup of retired numbers scans the whole table once per chunk.
create index population_resident_id_number_retired on population_resident (id_number_index)
    where retired_at is not null;
