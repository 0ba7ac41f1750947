import { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1796139431938 implements MigrationInterface {
  name = 'Notifications1796139431938';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"notification_kind\" AS ENUM('ARGUMENT_HELD', 'ARGUMENT_APPROVED', 'ARGUMENT_REJECTED', 'ARGUMENT_HIDDEN', 'ARGUMENT_REMOVED', 'ARGUMENT_RESTORED', 'WARNING', 'APPEAL_GRANTED', 'APPEAL_DENIED', 'REPORT_UPHELD', 'REPORT_DISMISSED', 'REPORT_IGNORED')",
    );
    await queryRunner.query(
      'CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "recipient_id" uuid NOT NULL, "kind" "public"."notification_kind" NOT NULL, "message" text NOT NULL, "argument_id" uuid, "thread_id" uuid, "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_notifications_unread" ON "notifications"  ("recipient_id") WHERE "read_at" IS NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_notifications_recipient" ON "notifications"  ("recipient_id", "created_at", "id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "notifications" ADD CONSTRAINT "FK_5332a4daa46fd3f4e6625dd275d" FOREIGN KEY ("recipient_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "notifications" DROP CONSTRAINT "FK_5332a4daa46fd3f4e6625dd275d"',
    );
    await queryRunner.query('DROP INDEX "public"."ix_notifications_recipient"');
    await queryRunner.query('DROP INDEX "public"."ix_notifications_unread"');
    await queryRunner.query('DROP TABLE "notifications"');
    await queryRunner.query('DROP TYPE "public"."notification_kind"');
  }
}
