-- 自动分类: subclasses residents often report that the catalogue lacked, and the corrections staff make to
-- a category at accept or dispatch; the classifier learns from them on its next training.
insert into events_category (code, parent_code, label_zh, label_en, handling_level, department_code, severity,
                             accept_hours, dispatch_hours, handle_hours, verify_hours, sort_order) values
 ('0507', '05', '犬只扰民', 'Dog nuisance', 'COMMUNITY', null, 'GENERAL', 2, 2, 24, 8, 57),
 ('0607', '06', '下水道堵塞', 'Blocked drain', 'COMMUNITY', null, 'GENERAL', 2, 2, 24, 8, 67),
 ('0806', '08', '楼道堆物', 'Things piled in stairwells', 'GRID', null, 'LARGE', 1, 1, 24, 4, 86);

-- One row per correction: the event's text, what the classifier suggested then (null when it had no
-- suggestion), what the staff member chose, who and when.
create table events_classification_feedback (
    id              bigserial    primary key,
    event_id        bigint       not null references events_event (id),
    text            varchar(1000) not null,
    suggested_code  varchar(20),
    chosen_code     varchar(20)  not null references events_category (code),
    by_account_id   bigint       not null,
    at              timestamptz  not null
);
create index events_classification_feedback_at on events_classification_feedback (at);
