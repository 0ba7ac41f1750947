import { MigrationInterface, QueryRunner } from 'typeorm';
import { renderStaleBatch } from '../src/arguments/stored-html-renderer.service';

/**
 * An argument's body is rendered to HTML when it is written and stored with the renderer's
 * version, instead of on every read. Backfills every row; a later renderer version re-renders
 * through the start-up job (StoredHtmlRenderer).
 */
export class RenderedBodies1796400000000 implements MigrationInterface {
  name = 'RenderedBodies1796400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "arguments" ADD "rendered_body" text`);
    await queryRunner.query(`ALTER TABLE "arguments" ADD "rendered_body_version" smallint`);
    while ((await renderStaleBatch(queryRunner.manager, 500)) > 0);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "arguments" DROP COLUMN "rendered_body_version"`);
    await queryRunner.query(`ALTER TABLE "arguments" DROP COLUMN "rendered_body"`);
  }
}
