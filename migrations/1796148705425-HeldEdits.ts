import { MigrationInterface, QueryRunner } from 'typeorm';

export class HeldEdits1796148705425 implements MigrationInterface {
  name = 'HeldEdits1796148705425';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"held_edit_status\" AS ENUM('WAITING', 'APPROVED', 'REJECTED', 'DROPPED')",
    );
    await queryRunner.query(
      'CREATE TABLE "argument_held_edits" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "argument_id" uuid NOT NULL, "editor_id" uuid NOT NULL, "body" text NOT NULL, "side" "public"."argument_side" NOT NULL, "sources" jsonb, "status" "public"."held_edit_status" NOT NULL DEFAULT \'WAITING\', "held_reason" text NOT NULL, "decision_reason" text, "decided_by_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_2d6c21bdc4d0796da9b4258e63e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_held_edit_waiting" ON "argument_held_edits"  ("argument_id") WHERE "status" = \'WAITING\'',
    );
    await queryRunner.query(
      'ALTER TABLE "argument_held_edits" ADD CONSTRAINT "FK_a097c02d4eb2fb912823b706610" FOREIGN KEY ("argument_id") REFERENCES "arguments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "argument_held_edits" ADD CONSTRAINT "FK_edf1ba4a4a50f25f215c44dbf7e" FOREIGN KEY ("editor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "argument_held_edits" ADD CONSTRAINT "FK_93e552d144b6fa392587ce7908e" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "argument_held_edits" DROP CONSTRAINT "FK_93e552d144b6fa392587ce7908e"',
    );
    await queryRunner.query(
      'ALTER TABLE "argument_held_edits" DROP CONSTRAINT "FK_edf1ba4a4a50f25f215c44dbf7e"',
    );
    await queryRunner.query(
      'ALTER TABLE "argument_held_edits" DROP CONSTRAINT "FK_a097c02d4eb2fb912823b706610"',
    );
    await queryRunner.query('DROP INDEX "public"."uq_held_edit_waiting"');
    await queryRunner.query('DROP TABLE "argument_held_edits"');
    await queryRunner.query('DROP TYPE "public"."held_edit_status"');
  }
}
