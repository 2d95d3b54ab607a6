-- Lookups the region pages and API make: buildings of a compound, houses of a unit,
-- search by code prefix ("340705001%"), and retired-or-not filters on children.
create index region_building_compound on region_building (compound_id) where compound_id is not null;
create index region_house_unit on region_house (unit_id) where unit_id is not null;
create index region_node_code_prefix on region_node (code text_pattern_ops);
create index region_node_parent_active on region_node (parent_id, code) where retired_at is null;
