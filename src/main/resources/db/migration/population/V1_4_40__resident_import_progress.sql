-- 居民导入进度: an import is recorded when it starts (RUNNING) and its progress is written in short transactions of
-- their own while the import's one transaction is open, so the page and any node can show it. A crashed node's
-- RUNNING import is found by its stale heartbeat (progress_at) while the import lock is free, and marked INTERRUPTED.
alter table population_import drop constraint population_import_status_check;
alter table population_import add constraint population_import_status_check
    check (status in ('RUNNING', 'IMPORTED', 'REJECTED', 'VALID', 'FAILED', 'INTERRUPTED'));
alter table population_import
    add column request_id   varchar(64),
    add column phase        varchar(20) not null default 'DONE'
        check (phase in ('WAITING', 'READING', 'FINISHING', 'DONE')),
    add column rows_total   int,
    add column rows_read    int not null default 0,
    add column rows_checked int not null default 0,
    add column rows_written int not null default 0,
    add column progress_at  timestamptz not null default now(),
    add column finished_at  timestamptz;
-- A client's request id names one import: a retry finds the first instead of importing twice.
create unique index population_import_request on population_import (account_id, request_id);
create index population_import_running on population_import (id) where status = 'RUNNING';

-- Labels the departments' sheets use (GB/T 4658 education, the household-registration status 人户分离).
insert into dictionary_entry (type, code, label_zh, label_en, sort_order, system) values
 ('residence_type', 'SEPARATED', '人户分离', 'Living away from the registered address', 6, true),
 ('education', 'PRESCHOOL', '学龄前', 'Preschool', 0, true),
 ('education', 'POSTGRADUATE', '研究生', 'Postgraduate', 9, true),
 ('education', 'ILLITERATE', '文盲或半文盲', 'Illiterate or semi-literate', 10, true),
 ('population_tag', 'KEY_YOUTH', '重点青少年', 'Youth at risk', 13, true),
 ('population_tag', 'DRUG_USER', '吸毒人员', 'Drug user', 14, true);
insert into population_tag (code, sensitive) values ('KEY_YOUTH', true), ('DRUG_USER', true);
