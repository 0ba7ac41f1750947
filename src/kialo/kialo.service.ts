import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError, badInput } from '../common/errors/app-errors';
import { MOTION_MAX, MOTION_MIN } from '../threads/dto/create-thread.input';
import { isVisible, readerBody } from '../arguments/argument-visibility';
import { ArgumentOrigin, Side } from '../arguments/argument-enums';
import { ArgumentEntity } from '../arguments/argument.entity';
import type { PostDecision } from '../arguments/argument-moderation';
import { ArgumentsService } from '../arguments/arguments.service';
import { User } from '../users/user.entity';
import { Thread } from '../threads/thread.entity';
import { ThreadsService } from '../threads/threads.service';
import { mask, WatchedWordsService } from '../moderation/rules/watched-words.service';
import { formatKialo } from './format-kialo';
import { KialoClaim, KialoFormatError, pathText } from './kialo-tree';
import { parseKialo } from './parse-kialo';

/** Threads to and from Kialo's plain-text export. */
@Injectable()
export class KialoService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly threads: ThreadsService,
    private readonly arguments_: ArgumentsService,
    private readonly watchedWords: WatchedWordsService,
  ) {}

  /**
   * The tree readers see: published arguments, and the placeholders ("[deleted by its author]")
   * that keep a withdrawn or removed argument's replies in place; siblings in posting order.
   */
  async export(threadId: string): Promise<string> {
    const thread = await this.threads.get(threadId);
    const args = await this.arguments_.listedTree(threadId);
    const children = new Map<string | null, ArgumentEntity[]>();
    for (const a of args) children.set(a.parentId, [...(children.get(a.parentId) ?? []), a]);
    const paths = new Map<string, number[]>();
    const claims: { arg: ArgumentEntity; path: number[] }[] = [];
    const walk = (parentId: string | null, parentPath: number[]) =>
      (children.get(parentId) ?? []).forEach((arg, i) => {
        const path = [...parentPath, i + 1];
        paths.set(arg.id, path);
        claims.push({ arg, path });
        walk(arg.id, path);
      });
    walk(null, [1]);
    // A public export: what an anonymous reader sees, CENSOR words masked.
    const censorRules = await this.watchedWords.censorRules();
    return formatKialo({
      title: kialoTitle(thread),
      thesis: thread.motion,
      claims: claims.map(({ arg, path }): KialoClaim => {
        const target = arg.linkedArgumentId ? paths.get(arg.linkedArgumentId) : undefined;
        return target && isVisible(arg)
          ? { path, side: arg.side, linkTo: target }
          : { path, side: arg.side, text: mask(readerBody(arg, null), censorRules) };
      }),
    });
  }

  /** Builds a new thread from an export; a bad line is reported by number and nothing is written. */
  async import(actor: User, text: string): Promise<Thread> {
    let doc;
    try {
      doc = parseKialo(text);
    } catch (e) {
      if (e instanceof KialoFormatError) throw badInput('text', e.message);
      throw e;
    }
    if (
      doc.thesis.length < MOTION_MIN ||
      doc.thesis.length > MOTION_MAX ||
      doc.thesis.includes('\n')
    ) {
      throw badInput(
        'text',
        `Line 3: the thesis becomes the motion and must be one line of ${MOTION_MIN}–${MOTION_MAX} characters`,
      );
    }
    const bodies = new Map<string, string>();
    for (const c of doc.claims) if ('text' in c) bodies.set(pathText(c.path), c.text);
    const bodyOf = (claim: KialoClaim) =>
      'text' in claim ? claim.text : (bodies.get(pathText(claim.linkTo)) ?? pathText(claim.linkTo));
    // The posting rules first, before the transaction, as for anyone's post: they read the
    // watched words on their own connection.
    const decisions: PostDecision[] = [];
    for (const claim of doc.claims) {
      decisions.push(
        await this.arguments_.checkImported(actor, bodyOf(claim)).catch((e: unknown) => {
          // The posting rules name the body; the import names the claim.
          if (e instanceof AppError && e.extensions.field === 'body') {
            throw badInput('text', `Claim ${pathText(claim.path)}: ${e.message}`);
          }
          throw e;
        }),
      );
    }
    return this.dataSource.transaction(async (manager) => {
      const thread = await this.threads.create(
        actor,
        { motion: doc.thesis, description: doc.title === doc.thesis ? undefined : doc.title },
        manager,
      );
      const ids = new Map<string, string>();
      // Claims share one transaction time; spaced timestamps keep sibling order for export.
      const start = Date.now();
      const held = new Set<string>();
      for (const [index, claim] of doc.claims.entries()) {
        const parentPath = pathText(claim.path.slice(0, -1));
        const linked = 'linkTo' in claim ? pathText(claim.linkTo) : undefined;
        const parentId = ids.get(parentPath) ?? null;
        if (parentId && held.has(parentId)) {
          throw badInput(
            'text',
            `Claim ${parentPath} waits for a moderator (watched word), so its replies cannot be imported`,
          );
        }
        const arg = await this.arguments_.insertImported(
          manager,
          {
            threadId: thread.id,
            parentId,
            side: claim.side as Side,
            body: bodyOf(claim),
            origin: ArgumentOrigin.KIALO_IMPORT,
            linkedArgumentId: linked ? (ids.get(linked) ?? null) : null,
            createdAt: new Date(start + index),
          },
          decisions[index],
        );
        if (!isVisible(arg)) held.add(arg.id);
        ids.set(pathText(claim.path), arg.id);
      }
      // Links may point forward: resolve the ones whose target came later.
      for (const claim of doc.claims) {
        if ('linkTo' in claim) {
          await this.arguments_.link(
            manager,
            ids.get(pathText(claim.path))!,
            ids.get(pathText(claim.linkTo))!,
          );
        }
      }
      return manager.findOneOrFail(Thread, { where: { id: thread.id } });
    });
  }
}

/**
 * Kialo's discussion title. An import keeps a title that differs from the thesis as the
 * description, one line; any other description (several lines, or too long for a title) is not
 * a title, and the motion stands in.
 */
function kialoTitle(thread: Thread): string {
  const description = thread.description?.trim() ?? '';
  const isTitle =
    description.length > 0 && description.length <= MOTION_MAX && !/[\r\n]/.test(description);
  return isTitle ? description : thread.motion;
}
