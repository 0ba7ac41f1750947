import { MigrationInterface, QueryRunner } from 'typeorm';

export class Moderation1795837159014 implements MigrationInterface {
  name = 'Moderation1795837159014';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"appeal_status\" AS ENUM('OPEN', 'GRANTED', 'DENIED', 'LAPSED')",
    );
    await queryRunner.query(
      'CREATE TABLE "appeals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "appellant_id" uuid NOT NULL, "argument_id" uuid, "suspended_at" TIMESTAMP WITH TIME ZONE, "acted_by_id" uuid, "message" text NOT NULL, "status" "public"."appeal_status" NOT NULL DEFAULT \'OPEN\', "decided_by_id" uuid, "decision_reason" text, "decided_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_ebd2050a02aa78081b5346152bc" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_appeals_suspension" ON "appeals"  ("appellant_id", "suspended_at") WHERE "suspended_at" IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_appeals_argument" ON "appeals"  ("appellant_id", "argument_id") WHERE "argument_id" IS NOT NULL',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"mod_action\" AS ENUM('APPROVE', 'REJECT', 'REMOVE', 'RESTORE', 'MARK_DUPLICATE', 'MOVE', 'LOCK_THREAD', 'UNLOCK_THREAD', 'ARCHIVE_THREAD', 'SET_SLOW_MODE', 'SUSPEND_USER', 'UNSUSPEND_USER', 'WARN_USER', 'SET_ROLE', 'ADD_WATCHED_WORD', 'REMOVE_WATCHED_WORD', 'GRANT_APPEAL', 'DENY_APPEAL', 'AUTO_HIDE')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"mod_target_type\" AS ENUM('ARGUMENT', 'THREAD', 'USER', 'APPEAL', 'WATCHED_WORD')",
    );
    await queryRunner.query(
      'CREATE TABLE "mod_log" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid, "action" "public"."mod_action" NOT NULL, "target_type" "public"."mod_target_type" NOT NULL, "target_id" uuid NOT NULL, "thread_id" uuid, "target_user_id" uuid, "reason" text, "details" text, "before" text, "after" text, "expires_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_e8367d58d458158dba9dd58aeac" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_mod_log_target_user" ON "mod_log"  ("target_user_id", "action") ',
    );
    await queryRunner.query('CREATE INDEX "ix_mod_log_target" ON "mod_log"  ("target_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_mod_log_thread" ON "mod_log"  ("thread_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_mod_log_created" ON "mod_log"  ("created_at", "id") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"queue_item_kind\" AS ENUM('REPORTED', 'PENDING_POST', 'SEEDED', 'APPEAL')",
    );
    await queryRunner.query(
      'CREATE TYPE "public"."queue_item_status" AS ENUM(\'OPEN\', \'RESOLVED\')',
    );
    await queryRunner.query(
      'CREATE TABLE "moderation_queue_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "kind" "public"."queue_item_kind" NOT NULL, "status" "public"."queue_item_status" NOT NULL DEFAULT \'OPEN\', "thread_id" uuid, "argument_id" uuid, "appeal_id" uuid, "weight" double precision NOT NULL DEFAULT \'0\', "report_count" integer NOT NULL DEFAULT \'0\', "claimed_by_id" uuid, "claimed_until" TIMESTAMP WITH TIME ZONE, "resolved_by_id" uuid, "resolved_at" TIMESTAMP WITH TIME ZONE, "resolution" "public"."mod_action", CONSTRAINT "PK_5b10728f2aa10c303753814ce8d" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_queue_status_created" ON "moderation_queue_items"  ("status", "created_at", "id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_queue_open_appeal" ON "moderation_queue_items"  ("appeal_id") WHERE "status" = \'OPEN\' AND "appeal_id" IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_queue_open_argument" ON "moderation_queue_items"  ("kind", "argument_id") WHERE "status" = \'OPEN\' AND "argument_id" IS NOT NULL',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"report_reason\" AS ENUM('SPAM', 'HARASSMENT', 'HATE', 'OFF_TOPIC', 'MISINFORMATION', 'NOT_AN_ARGUMENT', 'DUPLICATE', 'FALLACY', 'OTHER')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"fallacy\" AS ENUM('AD_HOMINEM', 'STRAW_MAN', 'FALSE_DILEMMA', 'SLIPPERY_SLOPE', 'APPEAL_TO_AUTHORITY', 'APPEAL_TO_EMOTION', 'CIRCULAR_REASONING', 'HASTY_GENERALISATION', 'RED_HERRING', 'WHATABOUTISM', 'TU_QUOQUE', 'NO_TRUE_SCOTSMAN')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"report_status\" AS ENUM('OPEN', 'UPHELD', 'DISMISSED')",
    );
    await queryRunner.query(
      'CREATE TABLE "reports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "argument_id" uuid NOT NULL, "reporter_id" uuid, "reason" "public"."report_reason" NOT NULL, "fallacy" "public"."fallacy", "duplicate_of_id" uuid, "note" text, "snapshot" text NOT NULL, "weight" double precision NOT NULL, "status" "public"."report_status" NOT NULL DEFAULT \'OPEN\', "resolved_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_reports_weight" CHECK ("weight" >= 0), CONSTRAINT "PK_d9013193989303580053c0b5ef6" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_reports_argument_status" ON "reports"  ("argument_id", "status") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_reports_reporter_argument" ON "reports"  ("reporter_id", "argument_id") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"watched_word_action\" AS ENUM('BLOCK', 'REQUIRE_APPROVAL', 'CENSOR', 'FLAG')",
    );
    await queryRunner.query(
      'CREATE TABLE "watched_words" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "pattern" character varying(200) NOT NULL, "action" "public"."watched_word_action" NOT NULL, "created_by_id" uuid NOT NULL, "removed_at" TIMESTAMP WITH TIME ZONE, "removed_by_id" uuid, CONSTRAINT "PK_57b1b941d4b2fa87e36f3d4033d" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'ALTER TABLE "threads" ADD "slow_mode_seconds" integer NOT NULL DEFAULT \'0\'',
    );
    await queryRunner.query('ALTER TABLE "arguments" ADD "duplicate_of_id" uuid');
    await queryRunner.query(
      'ALTER TABLE "appeals" ADD CONSTRAINT "FK_dc4770a62a68bc5850fa88680f9" FOREIGN KEY ("appellant_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "appeals" ADD CONSTRAINT "FK_551765cfcbc9850f94c774f0fb7" FOREIGN KEY ("argument_id") REFERENCES "arguments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mod_log" ADD CONSTRAINT "FK_e36901ee207f55aca8fa56577fe" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "moderation_queue_items" ADD CONSTRAINT "FK_f42a7f950efafc6d9cad543eb08" FOREIGN KEY ("thread_id") REFERENCES "threads"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "moderation_queue_items" ADD CONSTRAINT "FK_9ce2c7eabd5c2a838fce5f37e85" FOREIGN KEY ("argument_id") REFERENCES "arguments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "moderation_queue_items" ADD CONSTRAINT "FK_cfc3a44bdadc7396cb44d7fe627" FOREIGN KEY ("claimed_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "reports" ADD CONSTRAINT "FK_76c68463831860f74e2ebdae286" FOREIGN KEY ("argument_id") REFERENCES "arguments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "reports" ADD CONSTRAINT "FK_9459b9bf907a3807ef7143d2ead" FOREIGN KEY ("reporter_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "watched_words" ADD CONSTRAINT "FK_377dc74e7f38dfe857dd9404dbb" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "watched_words" DROP CONSTRAINT "FK_377dc74e7f38dfe857dd9404dbb"',
    );
    await queryRunner.query(
      'ALTER TABLE "reports" DROP CONSTRAINT "FK_9459b9bf907a3807ef7143d2ead"',
    );
    await queryRunner.query(
      'ALTER TABLE "reports" DROP CONSTRAINT "FK_76c68463831860f74e2ebdae286"',
    );
    await queryRunner.query(
      'ALTER TABLE "moderation_queue_items" DROP CONSTRAINT "FK_cfc3a44bdadc7396cb44d7fe627"',
    );
    await queryRunner.query(
      'ALTER TABLE "moderation_queue_items" DROP CONSTRAINT "FK_9ce2c7eabd5c2a838fce5f37e85"',
    );
    await queryRunner.query(
      'ALTER TABLE "moderation_queue_items" DROP CONSTRAINT "FK_f42a7f950efafc6d9cad543eb08"',
    );
    await queryRunner.query(
      'ALTER TABLE "mod_log" DROP CONSTRAINT "FK_e36901ee207f55aca8fa56577fe"',
    );
    await queryRunner.query(
      'ALTER TABLE "appeals" DROP CONSTRAINT "FK_551765cfcbc9850f94c774f0fb7"',
    );
    await queryRunner.query(
      'ALTER TABLE "appeals" DROP CONSTRAINT "FK_dc4770a62a68bc5850fa88680f9"',
    );
    await queryRunner.query('ALTER TABLE "arguments" DROP COLUMN "duplicate_of_id"');
    await queryRunner.query('ALTER TABLE "threads" DROP COLUMN "slow_mode_seconds"');
    await queryRunner.query('DROP TABLE "watched_words"');
    await queryRunner.query('DROP TYPE "public"."watched_word_action"');
    await queryRunner.query('DROP INDEX "public"."uq_reports_reporter_argument"');
    await queryRunner.query('DROP INDEX "public"."ix_reports_argument_status"');
    await queryRunner.query('DROP TABLE "reports"');
    await queryRunner.query('DROP TYPE "public"."report_status"');
    await queryRunner.query('DROP TYPE "public"."fallacy"');
    await queryRunner.query('DROP TYPE "public"."report_reason"');
    await queryRunner.query('DROP INDEX "public"."uq_queue_open_argument"');
    await queryRunner.query('DROP INDEX "public"."uq_queue_open_appeal"');
    await queryRunner.query('DROP INDEX "public"."ix_queue_status_created"');
    await queryRunner.query('DROP TABLE "moderation_queue_items"');
    await queryRunner.query('DROP TYPE "public"."queue_item_status"');
    await queryRunner.query('DROP TYPE "public"."queue_item_kind"');
    await queryRunner.query('DROP INDEX "public"."ix_mod_log_created"');
    await queryRunner.query('DROP INDEX "public"."ix_mod_log_thread"');
    await queryRunner.query('DROP INDEX "public"."ix_mod_log_target"');
    await queryRunner.query('DROP INDEX "public"."ix_mod_log_target_user"');
    await queryRunner.query('DROP TABLE "mod_log"');
    await queryRunner.query('DROP TYPE "public"."mod_target_type"');
    await queryRunner.query('DROP TYPE "public"."mod_action"');
    await queryRunner.query('DROP INDEX "public"."uq_appeals_argument"');
    await queryRunner.query('DROP INDEX "public"."uq_appeals_suspension"');
    await queryRunner.query('DROP TABLE "appeals"');
    await queryRunner.query('DROP TYPE "public"."appeal_status"');
  }
}
