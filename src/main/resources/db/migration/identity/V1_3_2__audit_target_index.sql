-- "Who accessed my data" looks entries up by target (account:<id>, resident-of-account:<id>).
create index identity_audit_entry_target on identity_audit_entry (target);
