import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../common/database/base.entity';
import { User } from '../users/user.entity';
import type { ParsedParagraph, ParsedSection } from './import/parsed-article';

export enum ArticleFormat {
  TEXT = 'TEXT',
  MARKDOWN = 'MARKDOWN',
  HTML = 'HTML',
}
registerEnumType(ArticleFormat, { name: 'ArticleFormat' });

/** An imported news article: the original, its normalised body and its structure. */
@ObjectType()
@Entity('articles')
@Index('uq_articles_content_hash', ['contentHash'], { unique: true })
@Index('uq_articles_source_url', ['sourceUrl'], { unique: true, where: '"source_url" IS NOT NULL' })
export class Article extends BaseEntity {
  @Field()
  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Field({
    description: 'True when the article had no headline and the title was derived from its lede',
  })
  @Column({ type: 'boolean', default: false })
  titleDerived: boolean;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 2048, nullable: true })
  sourceUrl: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 300, nullable: true })
  byline: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Field(() => ArticleFormat)
  @Column({ type: 'enum', enum: ArticleFormat, enumName: 'article_format' })
  format: ArticleFormat;

  @Field({ description: 'The text as it was imported' })
  @Column({ type: 'text' })
  originalText: string;

  @Field({ description: 'Normalised plain text; every offset in the API points into this' })
  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'char', length: 64 })
  contentHash: string;

  @Column({ type: 'jsonb' })
  sections: ParsedSection[];

  @Column({ type: 'jsonb' })
  paragraphs: ParsedParagraph[];

  @Column({ type: 'uuid', nullable: true })
  importedById: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'imported_by_id' })
  importedBy?: User | null;
}
