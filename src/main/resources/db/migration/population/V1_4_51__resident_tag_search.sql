-- Tag search over a million residents (bench `search`). A tag's page is in name order inside the caller's scope; the
-- resident table's name index had to be walked and each row's tag looked up, which for a tag inside one community
-- read tens of thousands of entries (about 120 ms). Each tag row now carries its resident's name, path and whether
-- the resident is active, kept by the two triggers below, so a tag's page and its capped count walk one index in
-- name order and test the scope on its included path.
alter table population_resident_tag
    add column name   varchar(50),
    add column path   ltree,
    add column active boolean;
update population_resident_tag t
   set name = r.name, path = r.path, active = r.retired_at is null
  from population_resident r
 where r.id = t.resident_id;
alter table population_resident_tag
    alter column name set not null,
    alter column path set not null,
    alter column active set not null;

-- A new tag row copies its resident's name, path and state, whoever writes it (pages, import COPY, seeding).
create function population_resident_tag_copy() returns trigger
    language plpgsql
as $$
begin
    select r.name, r.path, r.retired_at is null into new.name, new.path, new.active
      from population_resident r
     where r.id = new.resident_id;
    return new;
end
$$;
create trigger population_resident_tag_copy
    before insert on population_resident_tag
    for each row execute function population_resident_tag_copy();

-- A renamed, moved (also when a region node moves) or retired resident's tag rows follow.
create function population_resident_tag_follow() returns trigger
    language plpgsql
as $$
begin
    update population_resident_tag
       set name = new.name, path = new.path, active = new.retired_at is null
     where resident_id = new.id;
    return null;
end
$$;
create trigger population_resident_tag_follow
    after update of name, path, retired_at on population_resident
    for each row
    when (old.name is distinct from new.name or old.path is distinct from new.path
          or (old.retired_at is null) <> (new.retired_at is null))
    execute function population_resident_tag_follow();

create index population_resident_tag_page on population_resident_tag (tag_code, name, resident_id) include (path)
    where active;
