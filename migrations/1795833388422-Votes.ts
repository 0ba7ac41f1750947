import { MigrationInterface, QueryRunner } from 'typeorm';

export class Votes1795833388422 implements MigrationInterface {
  name = 'Votes1795833388422';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "votes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "user_id" uuid NOT NULL, "argument_id" uuid NOT NULL, "value" smallint NOT NULL, CONSTRAINT "ck_votes_value" CHECK ("value" IN (-1, 1)), CONSTRAINT "PK_f3d9fd4a0af865152c3f59db8ff" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_votes_argument" ON "votes"  ("argument_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_votes_user_argument" ON "votes"  ("user_id", "argument_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "votes" ADD CONSTRAINT "FK_27be2cab62274f6876ad6a31641" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "votes" ADD CONSTRAINT "FK_c226418aa8b9d5cb4d8edfca637" FOREIGN KEY ("argument_id") REFERENCES "arguments"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "votes" DROP CONSTRAINT "FK_c226418aa8b9d5cb4d8edfca637"');
    await queryRunner.query('ALTER TABLE "votes" DROP CONSTRAINT "FK_27be2cab62274f6876ad6a31641"');
    await queryRunner.query('DROP INDEX "public"."uq_votes_user_argument"');
    await queryRunner.query('DROP INDEX "public"."ix_votes_argument"');
    await queryRunner.query('DROP TABLE "votes"');
  }
}
