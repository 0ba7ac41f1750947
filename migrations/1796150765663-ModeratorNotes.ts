import { MigrationInterface, QueryRunner } from 'typeorm';

export class ModeratorNotes1796150765663 implements MigrationInterface {
  name = 'ModeratorNotes1796150765663';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "moderator_notes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "user_id" uuid NOT NULL, "author_id" uuid NOT NULL, "body" text NOT NULL, CONSTRAINT "PK_acf4bc104078725fd19d8507a7f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_moderator_notes_user" ON "moderator_notes"  ("user_id", "created_at", "id") ',
    );
    await queryRunner.query(
      'ALTER TYPE "public"."mod_action" ADD VALUE IF NOT EXISTS \'NOTE_USER\'',
    );
    await queryRunner.query(
      'ALTER TABLE "moderator_notes" ADD CONSTRAINT "FK_0c5fe6c61c362629aa5ade062a6" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "moderator_notes" ADD CONSTRAINT "FK_72fdeddce1120909dca8bad8f51" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // PostgreSQL cannot drop an enum value; NOTE_USER stays in mod_action, unused.
    await queryRunner.query('DROP TABLE "moderator_notes"');
  }
}
