-- 200,000 stored residents, with new ids and blind indexes, as a COPY file for trials.sh (see README.md).
\timing on
drop table if exists exp_src;
create table exp_src as
  select * from population_resident where retired_at is null and data_source = 'IMPORT' order by random() limit 200000;
update exp_src set id = id + 50000000, id_number_index = md5(id_number_index) || substr(id_number_index, 1, 32);
copy exp_src to '/tmp/exp/rows.copy';
select count(*) from exp_src;
select indexname, pg_size_pretty(pg_relation_size(indexname::regclass)) from pg_indexes where tablename = 'population_resident';
select conname, contype from pg_constraint where conrelid = 'population_resident'::regclass;
select tgname from pg_trigger where tgrelid = 'population_resident'::regclass;
