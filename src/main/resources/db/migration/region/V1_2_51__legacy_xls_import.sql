-- Legacy Excel 97–2003 workbooks (.xls), which many departments' systems still export, are read too.
alter table region_import drop constraint region_import_format_check;
alter table region_import add constraint region_import_format_check check (format in ('XLSX', 'XLS', 'CSV', 'UNKNOWN'));
