import { MigrationInterface, QueryRunner } from 'typeorm';

export class Stances1795836146547 implements MigrationInterface {
  name = 'Stances1795836146547';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"stance\" AS ENUM('AGREE', 'DISAGREE', 'UNDECIDED')",
    );
    await queryRunner.query(
      'CREATE TABLE "stance_changes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "user_id" uuid NOT NULL, "thread_id" uuid NOT NULL, "from_stance" "public"."stance", "stance" "public"."stance" NOT NULL, CONSTRAINT "PK_6b1414c64b0d5cd19767cb44ce7" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_stance_changes_user_thread" ON "stance_changes"  ("user_id", "thread_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "stances" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "user_id" uuid NOT NULL, "thread_id" uuid NOT NULL, "stance" "public"."stance" NOT NULL, "first_decided" "public"."stance", CONSTRAINT "PK_2dc20298228bc8cea926a6dd577" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_stances_thread" ON "stances"  ("thread_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_stances_user_thread" ON "stances"  ("user_id", "thread_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "threads" ADD "agree_count" integer NOT NULL DEFAULT \'0\'',
    );
    await queryRunner.query(
      'ALTER TABLE "threads" ADD "disagree_count" integer NOT NULL DEFAULT \'0\'',
    );
    await queryRunner.query(
      'ALTER TABLE "threads" ADD "undecided_count" integer NOT NULL DEFAULT \'0\'',
    );
    await queryRunner.query(
      'ALTER TABLE "threads" ADD "changed_to_agree_count" integer NOT NULL DEFAULT \'0\'',
    );
    await queryRunner.query(
      'ALTER TABLE "threads" ADD "changed_to_disagree_count" integer NOT NULL DEFAULT \'0\'',
    );
    await queryRunner.query('ALTER TABLE "arguments" ADD "bridging_score" double precision');
    await queryRunner.query(
      'ALTER TABLE "threads" ADD CONSTRAINT "ck_threads_stance_counts" CHECK ("agree_count" >= 0 AND "disagree_count" >= 0 AND "undecided_count" >= 0 AND "changed_to_agree_count" >= 0 AND "changed_to_disagree_count" >= 0)',
    );
    await queryRunner.query(
      'ALTER TABLE "stance_changes" ADD CONSTRAINT "FK_50bf08066aca28e340412032f54" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "stance_changes" ADD CONSTRAINT "FK_eef8f3c356664dbb57449fa1c76" FOREIGN KEY ("thread_id") REFERENCES "threads"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "stances" ADD CONSTRAINT "FK_9ee18d480571bb3e510b1c95f07" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "stances" ADD CONSTRAINT "FK_30c66865d65432017fc878388ad" FOREIGN KEY ("thread_id") REFERENCES "threads"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "stances" DROP CONSTRAINT "FK_30c66865d65432017fc878388ad"',
    );
    await queryRunner.query(
      'ALTER TABLE "stances" DROP CONSTRAINT "FK_9ee18d480571bb3e510b1c95f07"',
    );
    await queryRunner.query(
      'ALTER TABLE "stance_changes" DROP CONSTRAINT "FK_eef8f3c356664dbb57449fa1c76"',
    );
    await queryRunner.query(
      'ALTER TABLE "stance_changes" DROP CONSTRAINT "FK_50bf08066aca28e340412032f54"',
    );
    await queryRunner.query('ALTER TABLE "threads" DROP CONSTRAINT "ck_threads_stance_counts"');
    await queryRunner.query('ALTER TABLE "arguments" DROP COLUMN "bridging_score"');
    await queryRunner.query('ALTER TABLE "threads" DROP COLUMN "changed_to_disagree_count"');
    await queryRunner.query('ALTER TABLE "threads" DROP COLUMN "changed_to_agree_count"');
    await queryRunner.query('ALTER TABLE "threads" DROP COLUMN "undecided_count"');
    await queryRunner.query('ALTER TABLE "threads" DROP COLUMN "disagree_count"');
    await queryRunner.query('ALTER TABLE "threads" DROP COLUMN "agree_count"');
    await queryRunner.query('DROP INDEX "public"."uq_stances_user_thread"');
    await queryRunner.query('DROP INDEX "public"."ix_stances_thread"');
    await queryRunner.query('DROP TABLE "stances"');
    await queryRunner.query('DROP INDEX "public"."ix_stance_changes_user_thread"');
    await queryRunner.query('DROP TABLE "stance_changes"');
    await queryRunner.query('DROP TYPE "public"."stance"');
  }
}
