-- ltree carries region paths (data scope by subtree); pg_trgm serves fuzzy name search.
create extension if not exists ltree;
create extension if not exists pg_trgm;
