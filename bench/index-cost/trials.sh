#!/bin/bash
# usage: trials.sh PORT — times COPY of /tmp/exp/rows.copy into population_resident, rolled back, per variant
P=$1
Q="psql -X -q -h 127.0.0.1 -p $P -U postgres -d postgres"
trial() {
  $Q -c "vacuum population_resident" >/dev/null 2>&1
  local t
  t=$( { $Q <<SQL
begin;
$2
\timing on
copy population_resident from '/tmp/exp/rows.copy';
\timing off
rollback;
SQL
} 2>&1 | grep -o 'Time: [0-9.]* ms' | head -1)
  echo "$1: $t"
}
trial all ""
for ix in $($Q -Atc "select indexname from pg_indexes where tablename='population_resident' and indexname <> 'population_resident_pkey' and indexdef not like '%IS NOT NULL%'"); do
  trial "without $ix" "drop index $ix;"
done
trial "without FK checks" "set session_replication_role = replica;"
trial "all again" ""
