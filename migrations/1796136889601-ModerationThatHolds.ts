import { MigrationInterface, QueryRunner } from 'typeorm';

export class ModerationThatHolds1796136889601 implements MigrationInterface {
  name = 'ModerationThatHolds1796136889601';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "reports" ADD "reporter_new" boolean NOT NULL DEFAULT false',
    );
    await queryRunner.query(`ALTER TYPE "public"."mod_action" ADD VALUE IF NOT EXISTS 'IGNORE'`);
    await queryRunner.query(
      `ALTER TYPE "public"."report_status" ADD VALUE IF NOT EXISTS 'IGNORED'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // PostgreSQL cannot drop an enum value; rows using IGNORE / IGNORED would block a rebuild.
    await queryRunner.query('ALTER TABLE "reports" DROP COLUMN "reporter_new"');
  }
}
