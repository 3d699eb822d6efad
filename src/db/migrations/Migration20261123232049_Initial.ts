import { Migration } from '@mikro-orm/migrations';

export class Migration20261123232049_Initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "administrative_unit" ("id" serial primary key, "code" varchar(8) not null, "name" varchar(200) not null, "type" varchar(40) not null, "level" varchar(16) not null, "parent_id" int null, "path" varchar(64) not null default '', "search_name" varchar(200) not null, "valid_from" varchar(10) null, "valid_to" varchar(10) null);`);
    this.addSql(`create index "administrative_unit_parent_id_index" on "administrative_unit" ("parent_id");`);
    this.addSql(`create index "administrative_unit_path_index" on "administrative_unit" ("path");`);
    this.addSql(`create index "administrative_unit_level_code_index" on "administrative_unit" ("level", "code");`);

    this.addSql(`create table "campaign_schedule" ("id" serial primary key, "name" varchar(300) not null, "document_number" varchar(64) null, "template_code" varchar(64) not null, "period_kind" varchar(10) not null, "root_unit_id" int null, "levels" jsonb not null, "deadlines" jsonb not null, "opens_days_before" int not null, "late_policy" varchar(20) not null, "grace_hours" int not null, "reminder_days" jsonb not null, "roll_forward_rest_days" boolean not null, "active" boolean not null default true, "last_opened_period" varchar(20) null, "created_by_id" int not null, "created_at" timestamptz not null);`);

    this.addSql(`create table "idempotency_record" ("id" serial primary key, "user_id" int not null, "key" varchar(100) not null, "operation" varchar(16) not null, "report_id" int not null, "result_version" int not null, "created_at" timestamptz not null);`);
    this.addSql(`alter table "idempotency_record" add constraint "idempotency_record_user_id_key_unique" unique ("user_id", "key");`);

    this.addSql(`create table "login_throttle" ("id" serial primary key, "scope" varchar(8) not null, "key" varchar(128) not null, "failures" jsonb not null, "locked_until" timestamptz null, "updated_at" timestamptz not null);`);
    this.addSql(`create index "login_throttle_updated_at_index" on "login_throttle" ("updated_at");`);
    this.addSql(`alter table "login_throttle" add constraint "login_throttle_scope_key_unique" unique ("scope", "key");`);

    this.addSql(`create table "public_holiday" ("id" serial primary key, "date" varchar(10) not null, "name" varchar(200) not null, "source" varchar(16) not null, "removed" boolean not null default false, "updated_at" timestamptz not null);`);
    this.addSql(`alter table "public_holiday" add constraint "public_holiday_date_unique" unique ("date");`);

    this.addSql(`create table "report_template" ("id" serial primary key, "code" varchar(64) not null, "version" int not null, "name" varchar(300) not null, "definition" jsonb not null, "built_in" boolean not null default false, "status" varchar(16) not null default 'PUBLISHED', "published_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz null);`);
    this.addSql(`alter table "report_template" add constraint "report_template_code_version_unique" unique ("code", "version");`);

    this.addSql(`create table "target" ("id" serial primary key, "scope" varchar(80) not null, "campaign_id" int null, "year" int null, "template_code" varchar(64) not null, "unit_id" int not null, "code" varchar(64) not null, "value" double precision not null, "version" int not null default 1, "assigned_by_id" int null, "assigned_by_name" varchar(200) null, "assigned_at" timestamptz not null);`);
    this.addSql(`create index "target_campaign_id_index" on "target" ("campaign_id");`);
    this.addSql(`alter table "target" add constraint "target_scope_unit_id_code_unique" unique ("scope", "unit_id", "code");`);

    this.addSql(`create table "unit_succession" ("id" serial primary key, "successor_id" int not null, "predecessor_id" int not null, "merge_type" varchar(8) not null, "effective_on" varchar(10) not null, "created_at" timestamptz not null);`);
    this.addSql(`create index "unit_succession_predecessor_id_index" on "unit_succession" ("predecessor_id");`);
    this.addSql(`create index "unit_succession_effective_on_index" on "unit_succession" ("effective_on");`);
    this.addSql(`alter table "unit_succession" add constraint "unit_succession_successor_id_predecessor_id_unique" unique ("successor_id", "predecessor_id");`);

    this.addSql(`create table "app_user" ("id" serial primary key, "username" varchar(64) not null, "full_name" varchar(200) not null, "password_hash" varchar(255) not null, "role" varchar(16) not null, "email" varchar(254) null, "unit_id" int null, "created_at" timestamptz not null, "token_version" int not null default 0);`);
    this.addSql(`alter table "app_user" add constraint "app_user_username_unique" unique ("username");`);

    this.addSql(`create table "refresh_token" ("id" serial primary key, "user_id" int not null, "token_hash" varchar(64) not null, "family_id" varchar(36) not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "used_at" timestamptz null, "revoked_at" timestamptz null, "revoked_reason" varchar(24) null, "replaced_by" int null);`);
    this.addSql(`alter table "refresh_token" add constraint "refresh_token_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "refresh_token_user_id_revoked_at_index" on "refresh_token" ("user_id", "revoked_at");`);
    this.addSql(`create index "refresh_token_family_id_index" on "refresh_token" ("family_id");`);

    this.addSql(`create table "campaign" ("id" serial primary key, "name" varchar(300) not null, "document_number" varchar(64) null, "template_id" int not null, "period_start" varchar(10) not null, "period_end" varchar(10) not null, "root_unit_id" int null, "late_policy" varchar(20) not null default 'ALLOW_LATE', "grace_hours" int not null default 0, "reminder_days" jsonb not null default '[7,3,1]', "roll_forward_rest_days" boolean not null default false, "created_by_id" int null, "created_at" timestamptz not null);`);

    this.addSql(`create table "report" ("id" serial primary key, "campaign_id" int not null, "unit_id" int not null, "unit_code" varchar(8) not null, "unit_path" varchar(64) not null, "level" varchar(16) not null, "parent_id" int null, "status" varchar(16) not null default 'DRAFT', "timeliness" varchar(16) not null default 'UPCOMING', "next_reminder_at" timestamptz null, "original_due_at" timestamptz null, "version" int not null default 1, "due_at" timestamptz not null, "first_submitted_at" timestamptz null, "submitted_at" timestamptz null, "approved_at" timestamptz null, "submit_note" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null);`);
    this.addSql(`create index "report_parent_id_index" on "report" ("parent_id");`);
    this.addSql(`create index "report_next_reminder_at_index" on "report" ("next_reminder_at");`);
    this.addSql(`create index "report_campaign_id_unit_path_index" on "report" ("campaign_id", "unit_path");`);
    this.addSql(`create index "report_campaign_id_unit_code_index" on "report" ("campaign_id", "unit_code");`);
    this.addSql(`alter table "report" add constraint "report_campaign_id_unit_id_unique" unique ("campaign_id", "unit_id");`);

    this.addSql(`create table "report_value" ("id" serial primary key, "report_id" int not null, "code" varchar(64) not null, "num" double precision null, "text" text null, "total" double precision null);`);
    this.addSql(`alter table "report_value" add constraint "report_value_report_id_code_unique" unique ("report_id", "code");`);

    this.addSql(`create table "report_event" ("id" serial primary key, "report_id" int not null, "at" timestamptz not null, "actor_id" int null, "actor_name" varchar(200) null, "action" varchar(32) not null, "from_status" varchar(16) null, "to_status" varchar(16) not null, "reason" text null, "details" jsonb null);`);
    this.addSql(`create index "report_event_report_id_index" on "report_event" ("report_id");`);

    this.addSql(`create table "extension_request" ("id" serial primary key, "report_id" int not null, "requested_by_id" int not null, "requested_by_name" varchar(200) not null, "requested_at" timestamptz not null, "until" timestamptz not null, "reason" text not null, "status" varchar(10) not null default 'PENDING', "decided_by_id" int null, "decided_by_name" varchar(200) null, "decided_at" timestamptz null, "decision_note" text null, "granted_until" timestamptz null);`);
    this.addSql(`create index "extension_request_report_id_index" on "extension_request" ("report_id");`);

    this.addSql(`create table "notification" ("id" serial primary key, "user_id" int not null, "kind" varchar(24) not null, "report_id" int null, "campaign_id" int null, "title" varchar(300) not null, "body" text not null, "created_at" timestamptz not null, "read_at" timestamptz null, "dedupe_key" varchar(200) not null);`);
    this.addSql(`alter table "notification" add constraint "notification_dedupe_key_unique" unique ("dedupe_key");`);
    this.addSql(`create index "notification_user_id_read_at_index" on "notification" ("user_id", "read_at");`);

    this.addSql(`create table "outbox_message" ("id" serial primary key, "notification_id" int not null, "to_address" varchar(254) not null, "subject" varchar(400) not null, "body" text not null, "status" varchar(16) not null default 'PENDING', "attempts" int not null default 0, "next_attempt_at" timestamptz not null, "last_error" text null, "sent_at" timestamptz null, "created_at" timestamptz not null);`);
    this.addSql(`alter table "outbox_message" add constraint "outbox_message_notification_id_unique" unique ("notification_id");`);
    this.addSql(`create index "outbox_message_status_next_attempt_at_index" on "outbox_message" ("status", "next_attempt_at");`);

    this.addSql(`create table "campaign_level" ("id" serial primary key, "campaign_id" int not null, "level" varchar(16) not null, "rank" int not null, "due_at" timestamptz not null, "digest_sent_at" timestamptz null);`);

    this.addSql(`alter table "administrative_unit" add constraint "administrative_unit_parent_id_foreign" foreign key ("parent_id") references "administrative_unit" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "campaign_schedule" add constraint "campaign_schedule_root_unit_id_foreign" foreign key ("root_unit_id") references "administrative_unit" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "target" add constraint "target_unit_id_foreign" foreign key ("unit_id") references "administrative_unit" ("id") on update cascade;`);

    this.addSql(`alter table "unit_succession" add constraint "unit_succession_successor_id_foreign" foreign key ("successor_id") references "administrative_unit" ("id") on update cascade;`);
    this.addSql(`alter table "unit_succession" add constraint "unit_succession_predecessor_id_foreign" foreign key ("predecessor_id") references "administrative_unit" ("id") on update cascade;`);

    this.addSql(`alter table "app_user" add constraint "app_user_unit_id_foreign" foreign key ("unit_id") references "administrative_unit" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "refresh_token" add constraint "refresh_token_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "campaign" add constraint "campaign_template_id_foreign" foreign key ("template_id") references "report_template" ("id") on update cascade;`);
    this.addSql(`alter table "campaign" add constraint "campaign_root_unit_id_foreign" foreign key ("root_unit_id") references "administrative_unit" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "campaign" add constraint "campaign_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "report" add constraint "report_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on update cascade;`);
    this.addSql(`alter table "report" add constraint "report_unit_id_foreign" foreign key ("unit_id") references "administrative_unit" ("id") on update cascade;`);
    this.addSql(`alter table "report" add constraint "report_parent_id_foreign" foreign key ("parent_id") references "report" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "report_value" add constraint "report_value_report_id_foreign" foreign key ("report_id") references "report" ("id") on update cascade;`);

    this.addSql(`alter table "report_event" add constraint "report_event_report_id_foreign" foreign key ("report_id") references "report" ("id") on update cascade;`);

    this.addSql(`alter table "extension_request" add constraint "extension_request_report_id_foreign" foreign key ("report_id") references "report" ("id") on update cascade;`);

    this.addSql(`alter table "notification" add constraint "notification_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "notification" add constraint "notification_report_id_foreign" foreign key ("report_id") references "report" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "notification" add constraint "notification_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "outbox_message" add constraint "outbox_message_notification_id_foreign" foreign key ("notification_id") references "notification" ("id") on update cascade;`);

    this.addSql(`alter table "campaign_level" add constraint "campaign_level_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "administrative_unit" drop constraint "administrative_unit_parent_id_foreign";`);

    this.addSql(`alter table "campaign_schedule" drop constraint "campaign_schedule_root_unit_id_foreign";`);

    this.addSql(`alter table "target" drop constraint "target_unit_id_foreign";`);

    this.addSql(`alter table "unit_succession" drop constraint "unit_succession_successor_id_foreign";`);

    this.addSql(`alter table "unit_succession" drop constraint "unit_succession_predecessor_id_foreign";`);

    this.addSql(`alter table "app_user" drop constraint "app_user_unit_id_foreign";`);

    this.addSql(`alter table "campaign" drop constraint "campaign_root_unit_id_foreign";`);

    this.addSql(`alter table "report" drop constraint "report_unit_id_foreign";`);

    this.addSql(`alter table "campaign" drop constraint "campaign_template_id_foreign";`);

    this.addSql(`alter table "refresh_token" drop constraint "refresh_token_user_id_foreign";`);

    this.addSql(`alter table "campaign" drop constraint "campaign_created_by_id_foreign";`);

    this.addSql(`alter table "notification" drop constraint "notification_user_id_foreign";`);

    this.addSql(`alter table "report" drop constraint "report_campaign_id_foreign";`);

    this.addSql(`alter table "notification" drop constraint "notification_campaign_id_foreign";`);

    this.addSql(`alter table "campaign_level" drop constraint "campaign_level_campaign_id_foreign";`);

    this.addSql(`alter table "report" drop constraint "report_parent_id_foreign";`);

    this.addSql(`alter table "report_value" drop constraint "report_value_report_id_foreign";`);

    this.addSql(`alter table "report_event" drop constraint "report_event_report_id_foreign";`);

    this.addSql(`alter table "extension_request" drop constraint "extension_request_report_id_foreign";`);

    this.addSql(`alter table "notification" drop constraint "notification_report_id_foreign";`);

    this.addSql(`alter table "outbox_message" drop constraint "outbox_message_notification_id_foreign";`);

    this.addSql(`drop table if exists "administrative_unit" cascade;`);

    this.addSql(`drop table if exists "campaign_schedule" cascade;`);

    this.addSql(`drop table if exists "idempotency_record" cascade;`);

    this.addSql(`drop table if exists "login_throttle" cascade;`);

    this.addSql(`drop table if exists "public_holiday" cascade;`);

    this.addSql(`drop table if exists "report_template" cascade;`);

    this.addSql(`drop table if exists "target" cascade;`);

    this.addSql(`drop table if exists "unit_succession" cascade;`);

    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop table if exists "refresh_token" cascade;`);

    this.addSql(`drop table if exists "campaign" cascade;`);

    this.addSql(`drop table if exists "report" cascade;`);

    this.addSql(`drop table if exists "report_value" cascade;`);

    this.addSql(`drop table if exists "report_event" cascade;`);

    this.addSql(`drop table if exists "extension_request" cascade;`);

    this.addSql(`drop table if exists "notification" cascade;`);

    this.addSql(`drop table if exists "outbox_message" cascade;`);

    this.addSql(`drop table if exists "campaign_level" cascade;`);
  }

}
