import { MigrationInterface, QueryRunner } from 'typeorm';

export class SourceRevisions1795837769768 implements MigrationInterface {
  name = 'SourceRevisions1795837769768';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "argument_sources" ADD "revision_id" uuid');
    await queryRunner.query(
      'CREATE INDEX "ix_argument_sources_revision" ON "argument_sources"  ("revision_id") ',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."ix_argument_sources_revision"');
    await queryRunner.query('ALTER TABLE "argument_sources" DROP COLUMN "revision_id"');
  }
}
