import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badInput } from '../../common/errors/app-errors';
import { ArgumentOrigin, ArgumentStatus, Side } from '../../arguments/argument-enums';
import { ArgumentEntity } from '../../arguments/argument.entity';
import { ArgumentsService } from '../../arguments/arguments.service';
import { User } from '../../users/user.entity';
import { Thread } from '../thread.entity';
import { ThreadsService } from '../threads.service';
import { mask, WatchedWordsService } from '../../moderation/rules/watched-words.service';
import { formatKialo } from './format-kialo';
import { changeArgumentStatus } from '../../arguments/change-argument-status';
import { QueueItemKind, WatchedWordAction } from '../../moderation/moderation-enums';
import { openQueueItem } from '../../moderation/queue/open-queue-item';
import { WORD_HOLD_REASON } from '../../moderation/rules/posting-gate.service';
import { matchWatchedWords, WatchedWordRule } from '../../moderation/rules/watched-word-matcher';
import { refuseBlocked } from '../../moderation/rules/written-text';
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

  /** The thread's published tree; siblings in the order they were posted. */
  async export(threadId: string): Promise<string> {
    const thread = await this.threads.get(threadId);
    const args = await this.dataSource.manager.find(ArgumentEntity, {
      where: { threadId, status: ArgumentStatus.PUBLISHED },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
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
    // A public export: CENSOR words are masked as they are for any reader.
    const censorRules = await this.watchedWords.censorRules();
    return formatKialo({
      title: kialoTitle(thread),
      thesis: thread.motion,
      claims: claims.map(({ arg, path }): KialoClaim => {
        const target = arg.linkedArgumentId ? paths.get(arg.linkedArgumentId) : undefined;
        return target
          ? { path, side: arg.side, linkTo: target }
          : { path, side: arg.side, text: mask(arg.body, censorRules) };
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
    if (doc.thesis.length < 10 || doc.thesis.length > 300 || doc.thesis.includes('\n')) {
      throw badInput(
        'text',
        'Line 3: the thesis becomes the motion and must be one line of 10–300 characters',
      );
    }
    // Imported text is people's writing too: a BLOCK word refuses the import, naming the claim.
    const rules = await this.watchedWords.active();
    refuseBlocked([{ field: 'text', text: `${doc.title}\n${doc.thesis}` }], rules);
    for (const c of doc.claims) {
      if ('text' in c) {
        try {
          refuseBlocked([{ field: 'text', text: c.text }], rules);
        } catch (e) {
          throw badInput('text', `Claim ${pathText(c.path)}: ${(e as Error).message}`);
        }
      }
    }
    return this.dataSource.transaction(async (manager) => {
      const thread = await this.threads.create(
        actor,
        { motion: doc.thesis, description: doc.title === doc.thesis ? undefined : doc.title },
        manager,
      );
      const ids = new Map<string, string>();
      const held: ArgumentEntity[] = [];
      const bodies = new Map<string, string>();
      for (const c of doc.claims) if ('text' in c) bodies.set(pathText(c.path), c.text);
      // Claims share one transaction time; spaced timestamps keep sibling order for export.
      const start = Date.now();
      for (const [index, claim] of doc.claims.entries()) {
        const parentPath = pathText(claim.path.slice(0, -1));
        const linked = 'linkTo' in claim ? pathText(claim.linkTo) : undefined;
        const body = 'text' in claim ? claim.text : (bodies.get(linked!) ?? linked!);
        if (body.length > 2000) {
          throw badInput('text', `Claim ${pathText(claim.path)} is longer than 2000 characters`);
        }
        const arg = await this.arguments_.insert(manager, null, {
          threadId: thread.id,
          parentId: ids.get(parentPath) ?? null,
          side: claim.side as Side,
          body,
          origin: ArgumentOrigin.KIALO_IMPORT,
          linkedArgumentId: linked ? (ids.get(linked) ?? null) : null,
          createdAt: new Date(start + index),
        });
        ids.set(pathText(claim.path), arg.id);
        if ('text' in claim && needsApproval(claim.text, rules)) held.push(arg);
      }
      // Claims with a REQUIRE_APPROVAL word wait for a moderator, like a person's post.
      for (const arg of held) {
        await changeArgumentStatus(manager, arg, ArgumentStatus.PENDING, WORD_HOLD_REASON);
        await openQueueItem(manager, {
          kind: QueueItemKind.PENDING_POST,
          threadId: thread.id,
          argumentId: arg.id,
        });
      }
      // Links may point forward: resolve the ones whose target came later.
      for (const claim of doc.claims) {
        if ('linkTo' in claim) {
          await manager.update(
            ArgumentEntity,
            { id: ids.get(pathText(claim.path)) },
            {
              linkedArgumentId: ids.get(pathText(claim.linkTo)),
            },
          );
        }
      }
      return manager.findOneOrFail(Thread, { where: { id: thread.id } });
    });
  }
}

const needsApproval = (text: string, rules: WatchedWordRule[]) =>
  matchWatchedWords(text, rules).some((m) => m.rule.action === WatchedWordAction.REQUIRE_APPROVAL);

/** Kialo's discussion title: kept in the description when it differed from the thesis. */
function kialoTitle(thread: Thread): string {
  const firstLine = thread.description?.split('\n')[0]?.trim();
  return firstLine || thread.motion;
}
