import { MigrationInterface, QueryRunner } from 'typeorm';

export class Debates1795832360787 implements MigrationInterface {
  name = 'Debates1795832360787';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"article_format\" AS ENUM('TEXT', 'MARKDOWN', 'HTML')",
    );
    await queryRunner.query(
      'CREATE TABLE "articles" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "title" character varying(300) NOT NULL, "title_derived" boolean NOT NULL DEFAULT false, "source_url" character varying(2048), "byline" character varying(300), "published_at" TIMESTAMP WITH TIME ZONE, "format" "public"."article_format" NOT NULL, "original_text" text NOT NULL, "body" text NOT NULL, "content_hash" character(64) NOT NULL, "sections" jsonb NOT NULL, "paragraphs" jsonb NOT NULL, "imported_by_id" uuid, CONSTRAINT "PK_0a6e2c450d83e0b6052c2793334" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_articles_source_url" ON "articles"  ("source_url") WHERE "source_url" IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_articles_content_hash" ON "articles"  ("content_hash") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"thread_status\" AS ENUM('OPEN', 'LOCKED', 'ARCHIVED')",
    );
    await queryRunner.query(
      'CREATE TABLE "threads" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "motion" character varying(300) NOT NULL, "description" text, "status" "public"."thread_status" NOT NULL DEFAULT \'OPEN\', "tags" character varying(40) array NOT NULL DEFAULT \'{}\', "article_id" uuid, "creator_id" uuid NOT NULL, "argument_count" integer NOT NULL DEFAULT \'0\', "pro_count" integer NOT NULL DEFAULT \'0\', "con_count" integer NOT NULL DEFAULT \'0\', "participant_count" integer NOT NULL DEFAULT \'0\', "last_activity_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "search_vector" tsvector, CONSTRAINT "ck_threads_counts" CHECK ("argument_count" >= 0 AND "pro_count" >= 0 AND "con_count" >= 0 AND "participant_count" >= 0), CONSTRAINT "PK_d8a74804c34fc3900502cd27275" PRIMARY KEY ("id"))',
    );
    // Tag filter and full-text search (expression indexes the entities cannot describe).
    await queryRunner.query('CREATE INDEX "ix_threads_tags" ON "threads" USING GIN ("tags")');
    await queryRunner.query(
      'CREATE INDEX "ix_threads_search" ON "threads" USING GIN ("search_vector")',
    );
    await queryRunner.query('CREATE INDEX "ix_threads_article" ON "threads"  ("article_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_threads_most_argued" ON "threads"  ("argument_count", "id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_threads_active" ON "threads"  ("last_activity_at", "id") ',
    );
    await queryRunner.query('CREATE INDEX "ix_threads_new" ON "threads"  ("created_at", "id") ');
    await queryRunner.query(
      "CREATE TYPE \"public\".\"argument_origin\" AS ENUM('USER', 'ARTICLE', 'KIALO_IMPORT')",
    );
    await queryRunner.query('CREATE TYPE "public"."argument_side" AS ENUM(\'PRO\', \'CON\')');
    await queryRunner.query(
      "CREATE TYPE \"public\".\"argument_status\" AS ENUM('PUBLISHED', 'PENDING', 'HIDDEN', 'REMOVED', 'DELETED', 'REJECTED')",
    );
    await queryRunner.query(
      'CREATE TABLE "arguments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "thread_id" uuid NOT NULL, "parent_id" uuid, "author_id" uuid, "origin" "public"."argument_origin" NOT NULL DEFAULT \'USER\', "side" "public"."argument_side" NOT NULL, "stance_on_motion" "public"."argument_side" NOT NULL, "depth" integer NOT NULL, "ancestor_ids" uuid array NOT NULL DEFAULT \'{}\', "body" text NOT NULL, "status" "public"."argument_status" NOT NULL DEFAULT \'PUBLISHED\', "status_reason" text, "linked_argument_id" uuid, "quote_start" integer, "quote_end" integer, "pro_children_count" integer NOT NULL DEFAULT \'0\', "con_children_count" integer NOT NULL DEFAULT \'0\', "descendant_count" integer NOT NULL DEFAULT \'0\', "upvotes" integer NOT NULL DEFAULT \'0\', "downvotes" integer NOT NULL DEFAULT \'0\', "score" integer NOT NULL DEFAULT \'0\', "edited_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_arguments_quote" CHECK (("quote_start" IS NULL) = ("quote_end" IS NULL) AND ("quote_start" IS NULL OR "quote_start" < "quote_end")), CONSTRAINT "ck_arguments_depth" CHECK ("depth" >= 0), CONSTRAINT "ck_arguments_counts" CHECK ("pro_children_count" >= 0 AND "con_children_count" >= 0 AND "descendant_count" >= 0 AND "upvotes" >= 0 AND "downvotes" >= 0), CONSTRAINT "PK_0e51761b27b44a0328a81378d3d" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_arguments_author" ON "arguments"  ("author_id") ');
    await queryRunner.query('CREATE INDEX "ix_arguments_parent" ON "arguments"  ("parent_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_arguments_children_top" ON "arguments"  ("thread_id", "parent_id", "score", "id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_arguments_children_new" ON "arguments"  ("thread_id", "parent_id", "side", "created_at", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "argument_revisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "argument_id" uuid NOT NULL, "body" text NOT NULL, "side" "public"."argument_side" NOT NULL, "editor_id" uuid, CONSTRAINT "PK_a9be9513578cebb92b0dbab9f81" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_argument_revisions_argument" ON "argument_revisions"  ("argument_id", "created_at", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "argument_sources" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "argument_id" uuid NOT NULL, "position" integer NOT NULL, "url" character varying(2048) NOT NULL, "title" character varying(300) NOT NULL, "excerpt" text, CONSTRAINT "PK_ae01a05724d00a9545a46eefca3" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_argument_sources_argument" ON "argument_sources"  ("argument_id", "position") ',
    );
    await queryRunner.query(
      'ALTER TABLE "articles" ADD CONSTRAINT "FK_a7ce9337d09cd39e3752232c7ee" FOREIGN KEY ("imported_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "threads" ADD CONSTRAINT "FK_fbba5d409f1ea138edd09f27dfb" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "threads" ADD CONSTRAINT "FK_a6811bd243550d6edba922a2394" FOREIGN KEY ("creator_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "arguments" ADD CONSTRAINT "FK_2aaad0a9cd76e331b2d4338bd0b" FOREIGN KEY ("thread_id") REFERENCES "threads"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "arguments" ADD CONSTRAINT "FK_0991b078710263c8ff035f7e9c7" FOREIGN KEY ("parent_id") REFERENCES "arguments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "arguments" ADD CONSTRAINT "FK_86fc92d7095b181b6dd0c94f7ef" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "argument_revisions" ADD CONSTRAINT "FK_aaadf6a40885712d6855b28757e" FOREIGN KEY ("argument_id") REFERENCES "arguments"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "argument_revisions" ADD CONSTRAINT "FK_1e080ca897c7af28a37dc5b8a3b" FOREIGN KEY ("editor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "argument_sources" ADD CONSTRAINT "FK_3bfdd2265fcda8877428b269ad6" FOREIGN KEY ("argument_id") REFERENCES "arguments"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "argument_sources" DROP CONSTRAINT "FK_3bfdd2265fcda8877428b269ad6"',
    );
    await queryRunner.query(
      'ALTER TABLE "argument_revisions" DROP CONSTRAINT "FK_1e080ca897c7af28a37dc5b8a3b"',
    );
    await queryRunner.query(
      'ALTER TABLE "argument_revisions" DROP CONSTRAINT "FK_aaadf6a40885712d6855b28757e"',
    );
    await queryRunner.query(
      'ALTER TABLE "arguments" DROP CONSTRAINT "FK_86fc92d7095b181b6dd0c94f7ef"',
    );
    await queryRunner.query(
      'ALTER TABLE "arguments" DROP CONSTRAINT "FK_0991b078710263c8ff035f7e9c7"',
    );
    await queryRunner.query(
      'ALTER TABLE "arguments" DROP CONSTRAINT "FK_2aaad0a9cd76e331b2d4338bd0b"',
    );
    await queryRunner.query(
      'ALTER TABLE "threads" DROP CONSTRAINT "FK_a6811bd243550d6edba922a2394"',
    );
    await queryRunner.query(
      'ALTER TABLE "threads" DROP CONSTRAINT "FK_fbba5d409f1ea138edd09f27dfb"',
    );
    await queryRunner.query(
      'ALTER TABLE "articles" DROP CONSTRAINT "FK_a7ce9337d09cd39e3752232c7ee"',
    );
    await queryRunner.query('DROP INDEX "public"."ix_argument_sources_argument"');
    await queryRunner.query('DROP TABLE "argument_sources"');
    await queryRunner.query('DROP INDEX "public"."ix_argument_revisions_argument"');
    await queryRunner.query('DROP TABLE "argument_revisions"');
    // argument_side is shared by arguments and argument_revisions: dropped once, below.
    await queryRunner.query('DROP INDEX "public"."ix_arguments_children_new"');
    await queryRunner.query('DROP INDEX "public"."ix_arguments_children_top"');
    await queryRunner.query('DROP INDEX "public"."ix_arguments_parent"');
    await queryRunner.query('DROP INDEX "public"."ix_arguments_author"');
    await queryRunner.query('DROP TABLE "arguments"');
    await queryRunner.query('DROP TYPE "public"."argument_status"');
    await queryRunner.query('DROP TYPE "public"."argument_side"');
    await queryRunner.query('DROP TYPE "public"."argument_origin"');
    await queryRunner.query('DROP INDEX "public"."ix_threads_new"');
    await queryRunner.query('DROP INDEX "public"."ix_threads_active"');
    await queryRunner.query('DROP INDEX "public"."ix_threads_most_argued"');
    await queryRunner.query('DROP INDEX "public"."ix_threads_article"');
    await queryRunner.query('DROP INDEX "public"."ix_threads_search"');
    await queryRunner.query('DROP INDEX "public"."ix_threads_tags"');
    await queryRunner.query('DROP TABLE "threads"');
    await queryRunner.query('DROP TYPE "public"."thread_status"');
    await queryRunner.query('DROP INDEX "public"."uq_articles_content_hash"');
    await queryRunner.query('DROP INDEX "public"."uq_articles_source_url"');
    await queryRunner.query('DROP TABLE "articles"');
    await queryRunner.query('DROP TYPE "public"."article_format"');
  }
}
