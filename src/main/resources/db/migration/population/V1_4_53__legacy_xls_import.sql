-- Legacy Excel 97–2003 workbooks (.xls), which many departments' systems still export, are read too.
alter table population_import drop constraint population_import_format_check;
alter table population_import add constraint population_import_format_check
    check (format in ('XLSX', 'XLS', 'CSV', 'UNKNOWN'));
