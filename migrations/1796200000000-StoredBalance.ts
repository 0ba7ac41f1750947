import { MigrationInterface, QueryRunner } from 'typeorm';
import { rollUp } from '../src/arguments/thread-balance-keeper.service';

/**
 * The balance is kept on the thread instead of rolling every published argument of the thread
 * up on every page view. Backfills it from the rows.
 */
export class StoredBalance1796200000000 implements MigrationInterface {
  name = 'StoredBalance1796200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "threads" ADD "pro_weight" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "threads" ADD "con_weight" integer NOT NULL DEFAULT '0'`);
    const threads: { id: string }[] = await queryRunner.query(
      `SELECT DISTINCT thread_id AS id FROM arguments WHERE status = 'PUBLISHED'`,
    );
    for (const { id } of threads) {
      const { pro, con } = await rollUp(queryRunner.manager, id);
      await queryRunner.query(`UPDATE threads SET pro_weight = $2, con_weight = $3 WHERE id = $1`, [
        id,
        pro,
        con,
      ]);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "threads" DROP COLUMN "con_weight"`);
    await queryRunner.query(`ALTER TABLE "threads" DROP COLUMN "pro_weight"`);
  }
}
