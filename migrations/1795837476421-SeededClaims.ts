import { MigrationInterface, QueryRunner } from 'typeorm';

export class SeededClaims1795837476421 implements MigrationInterface {
  name = 'SeededClaims1795837476421';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "moderation_queue_items" ADD "note" text');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "moderation_queue_items" DROP COLUMN "note"');
  }
}
