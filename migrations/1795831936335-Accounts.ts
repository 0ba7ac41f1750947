import { MigrationInterface, QueryRunner } from 'typeorm';

export class Accounts1795831936335 implements MigrationInterface {
  name = 'Accounts1795831936335';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"user_role\" AS ENUM('USER', 'MODERATOR', 'ADMIN')",
    );
    await queryRunner.query(
      'CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "username" character varying(32) NOT NULL, "email" character varying(254) NOT NULL, "password_hash" character varying(255) NOT NULL, "role" "public"."user_role" NOT NULL DEFAULT \'USER\', "suspended_at" TIMESTAMP WITH TIME ZONE, "suspended_until" TIMESTAMP WITH TIME ZONE, "suspension_reason" text, "reputation" integer NOT NULL DEFAULT \'0\', CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))',
    );
    // Usernames and emails are unique regardless of case (not expressible on the entity).
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_users_username_lower" ON "users" (lower("username"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_users_email_lower" ON "users" (lower("email"))',
    );
    await queryRunner.query(
      'CREATE TABLE "refresh_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "user_id" uuid NOT NULL, "family_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_7d8bee0204106019488c4c50ffa" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_refresh_tokens_hash" ON "refresh_tokens"  ("token_hash") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_refresh_tokens_user" ON "refresh_tokens"  ("user_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_refresh_tokens_family" ON "refresh_tokens"  ("family_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "refresh_tokens" ADD CONSTRAINT "FK_3ddc983c5f7bcf132fd8732c3f4" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "refresh_tokens" DROP CONSTRAINT "FK_3ddc983c5f7bcf132fd8732c3f4"',
    );
    await queryRunner.query('DROP INDEX "public"."ix_refresh_tokens_family"');
    await queryRunner.query('DROP INDEX "public"."ix_refresh_tokens_user"');
    await queryRunner.query('DROP INDEX "public"."uq_refresh_tokens_hash"');
    await queryRunner.query('DROP TABLE "refresh_tokens"');
    await queryRunner.query('DROP INDEX "public"."uq_users_email_lower"');
    await queryRunner.query('DROP INDEX "public"."uq_users_username_lower"');
    await queryRunner.query('DROP TABLE "users"');
    await queryRunner.query('DROP TYPE "public"."user_role"');
  }
}
