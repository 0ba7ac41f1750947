import { MigrationInterface, QueryRunner } from 'typeorm';

export class ThreadBansAndSuspensionRemovals1796300000000 implements MigrationInterface {
  name = 'ThreadBansAndSuspensionRemovals1796300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "thread_bans" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "thread_id" uuid NOT NULL, "user_id" uuid NOT NULL, "banned_by_id" uuid NOT NULL, "reason" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE, "lifted_at" TIMESTAMP WITH TIME ZONE, "lifted_by_id" uuid, "lift_reason" text, CONSTRAINT "PK_3732ff1fcdaa1a67a168cd42cee" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_thread_bans_thread_user" ON "thread_bans"  ("thread_id", "user_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_thread_bans_user" ON "thread_bans"  ("user_id", "created_at", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "suspension_removals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "user_id" uuid NOT NULL, "suspended_at" TIMESTAMP WITH TIME ZONE NOT NULL, "argument_id" uuid NOT NULL, "status_before" "public"."argument_status" NOT NULL, "removal_log_id" uuid NOT NULL, "restored_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_bb3cf66d4c3a721dbf0273c4c8a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_suspension_removals_suspension" ON "suspension_removals"  ("user_id", "suspended_at") ',
    );
    for (const value of ['BAN_FROM_THREAD', 'LIFT_THREAD_BAN']) {
      await queryRunner.query(
        `ALTER TYPE "public"."mod_action" ADD VALUE IF NOT EXISTS '${value}'`,
      );
    }
    for (const value of ['THREAD_BANNED', 'THREAD_BAN_LIFTED']) {
      await queryRunner.query(
        `ALTER TYPE "public"."notification_kind" ADD VALUE IF NOT EXISTS '${value}'`,
      );
    }
    const fks: [string, string, string, string][] = [
      ['thread_bans', 'dd30526e50113a3ef2df245682f', 'thread_id', 'threads'],
      ['thread_bans', '7bbd476e67e6eb1c4cd5e276982', 'user_id', 'users'],
      ['thread_bans', '655ffbb4eb89c186eb125a69250', 'banned_by_id', 'users'],
      ['thread_bans', 'a5df3d54c7abd80b51795066c7f', 'lifted_by_id', 'users'],
      ['suspension_removals', '113b452ac4435a99429d1fddc1d', 'user_id', 'users'],
      ['suspension_removals', '773b504221738309080873930c6', 'argument_id', 'arguments'],
    ];
    for (const [table, hash, column, target] of fks) {
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "FK_${hash}" FOREIGN KEY ("${column}") REFERENCES "${target}"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // PostgreSQL cannot drop an enum value; the new mod_action and notification_kind values stay.
    await queryRunner.query('DROP TABLE "suspension_removals"');
    await queryRunner.query('DROP TABLE "thread_bans"');
  }
}
