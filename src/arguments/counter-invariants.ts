import { EntityManager } from 'typeorm';
import { visibleSql } from './argument-visibility';

/**
 * Every denormalised counter compared with the rows it counts, every stance on the motion with
 * its chain of sides (stance = combine(parent's stance, side)), and the moderation queue with what
 * waits for it. Returns one line per mismatch; an empty list means the database is consistent.
 * The tests run it after concurrent work.
 */
export async function findCounterMismatches(manager: EntityManager): Promise<string[]> {
  const rows: { problem: string }[] = await manager.query(`
    WITH visible AS (SELECT * FROM arguments WHERE ${visibleSql('arguments')})
    SELECT 'thread ' || t.id || ' counts ' || t.argument_count || '/' || t.pro_count || '/' || t.con_count
           || '/' || t.participant_count || ' but rows say ' || coalesce(v.n, 0) || '/' || coalesce(v.pro, 0)
           || '/' || coalesce(v.con, 0) || '/' || coalesce(v.people, 0) AS problem
    FROM threads t
    LEFT JOIN (
      SELECT thread_id, count(*) AS n,
             count(*) FILTER (WHERE stance_on_motion = 'PRO') AS pro,
             count(*) FILTER (WHERE stance_on_motion = 'CON') AS con,
             count(DISTINCT author_id) AS people
      FROM visible GROUP BY thread_id
    ) v ON v.thread_id = t.id
    WHERE t.argument_count <> coalesce(v.n, 0) OR t.pro_count <> coalesce(v.pro, 0)
       OR t.con_count <> coalesce(v.con, 0) OR t.participant_count <> coalesce(v.people, 0)
    UNION ALL
    SELECT 'argument ' || a.id || ' children ' || a.pro_children_count || '/' || a.con_children_count
           || ' descendants ' || a.descendant_count || ' but rows say ' || coalesce(c.pro, 0) || '/'
           || coalesce(c.con, 0) || ' and ' || coalesce(d.n, 0)
    FROM arguments a
    LEFT JOIN (
      SELECT parent_id, count(*) FILTER (WHERE side = 'PRO') AS pro, count(*) FILTER (WHERE side = 'CON') AS con
      FROM visible GROUP BY parent_id
    ) c ON c.parent_id = a.id
    LEFT JOIN (
      SELECT ancestor, count(*) AS n FROM visible, unnest(ancestor_ids) AS ancestor GROUP BY ancestor
    ) d ON d.ancestor = a.id
    WHERE a.pro_children_count <> coalesce(c.pro, 0) OR a.con_children_count <> coalesce(c.con, 0)
       OR a.descendant_count <> coalesce(d.n, 0)
    UNION ALL
    SELECT 'argument ' || a.id || ' stands ' || a.stance_on_motion || ' on the motion but its chain of sides says '
           || (CASE WHEN p.id IS NULL THEN a.side::text WHEN p.stance_on_motion::text = a.side::text THEN 'PRO' ELSE 'CON' END)
    FROM arguments a
    LEFT JOIN arguments p ON p.id = a.parent_id
    WHERE a.stance_on_motion::text <> (CASE WHEN p.id IS NULL THEN a.side::text
                                            WHEN p.stance_on_motion::text = a.side::text THEN 'PRO' ELSE 'CON' END)
    UNION ALL
    SELECT 'argument ' || a.id || ' votes ' || a.upvotes || '/' || a.downvotes || ' score ' || a.score
           || ' but rows say ' || coalesce(v.up, 0) || '/' || coalesce(v.down, 0)
    FROM arguments a
    LEFT JOIN (
      SELECT argument_id, count(*) FILTER (WHERE value = 1) AS up, count(*) FILTER (WHERE value = -1) AS down
      FROM votes GROUP BY argument_id
    ) v ON v.argument_id = a.id
    WHERE a.upvotes <> coalesce(v.up, 0) OR a.downvotes <> coalesce(v.down, 0)
       OR a.score <> coalesce(v.up, 0) - coalesce(v.down, 0)
    UNION ALL
    SELECT 'user ' || u.id || ' reputation ' || u.reputation || ' but votes say ' || coalesce(r.total, 0)
    FROM users u
    LEFT JOIN (
      SELECT a.author_id, sum(v.value) AS total FROM votes v JOIN arguments a ON a.id = v.argument_id
      WHERE a.status <> 'REMOVED' GROUP BY a.author_id
    ) r ON r.author_id = u.id
    WHERE u.reputation <> coalesce(r.total, 0)
    UNION ALL
    SELECT 'thread ' || t.id || ' stances ' || t.agree_count || '/' || t.disagree_count || '/' || t.undecided_count
           || ' changed ' || t.changed_to_agree_count || '/' || t.changed_to_disagree_count || ' but rows say '
           || coalesce(s.agree, 0) || '/' || coalesce(s.disagree, 0) || '/' || coalesce(s.undecided, 0)
           || ' changed ' || coalesce(s.to_agree, 0) || '/' || coalesce(s.to_disagree, 0)
    FROM threads t
    LEFT JOIN (
      SELECT thread_id,
             count(*) FILTER (WHERE stance = 'AGREE') AS agree,
             count(*) FILTER (WHERE stance = 'DISAGREE') AS disagree,
             count(*) FILTER (WHERE stance = 'UNDECIDED') AS undecided,
             count(*) FILTER (WHERE stance = 'AGREE' AND first_decided = 'DISAGREE') AS to_agree,
             count(*) FILTER (WHERE stance = 'DISAGREE' AND first_decided = 'AGREE') AS to_disagree
      FROM stances GROUP BY thread_id
    ) s ON s.thread_id = t.id
    WHERE t.agree_count <> coalesce(s.agree, 0) OR t.disagree_count <> coalesce(s.disagree, 0)
       OR t.undecided_count <> coalesce(s.undecided, 0)
       OR t.changed_to_agree_count <> coalesce(s.to_agree, 0)
       OR t.changed_to_disagree_count <> coalesce(s.to_disagree, 0)
    UNION ALL
    SELECT 'stance ' || s.id || ' is ' || s.stance || ' but its history ends with ' || coalesce(h.stance::text, 'nothing')
    FROM stances s
    LEFT JOIN LATERAL (
      SELECT c.stance FROM stance_changes c WHERE c.user_id = s.user_id AND c.thread_id = s.thread_id
      ORDER BY c.created_at DESC, c.id DESC LIMIT 1
    ) h ON true
    WHERE h.stance IS DISTINCT FROM s.stance
    UNION ALL
    SELECT 'queue item ' || q.id || ' weighs ' || q.weight || ' with ' || q.report_count
           || ' reports but its open reports say ' || coalesce(r.w, 0) || ' with ' || coalesce(r.n, 0)
    FROM moderation_queue_items q
    LEFT JOIN (
      SELECT argument_id, sum(weight) AS w, count(*) AS n FROM reports WHERE status = 'OPEN' GROUP BY argument_id
    ) r ON r.argument_id = q.argument_id
    WHERE q.kind = 'REPORTED' AND q.status = 'OPEN'
      AND (abs(q.weight - coalesce(r.w, 0)) > 1e-9 OR q.report_count <> coalesce(r.n, 0))
    UNION ALL
    SELECT 'argument ' || a.id || ' is ' || a.status || ' but nothing in the queue says so'
    FROM arguments a
    WHERE (a.status = 'PENDING' AND NOT EXISTS (
             SELECT 1 FROM moderation_queue_items q WHERE q.argument_id = a.id AND q.status = 'OPEN'
               AND q.kind IN ('PENDING_POST', 'SEEDED')))
       -- reportable: visible, or hidden while its reports are reviewed
       OR ((${visibleSql('a')} OR a.status = 'HIDDEN') AND EXISTS (
             SELECT 1 FROM reports r WHERE r.argument_id = a.id AND r.status = 'OPEN')
           AND NOT EXISTS (
             SELECT 1 FROM moderation_queue_items q WHERE q.argument_id = a.id AND q.status = 'OPEN'
               AND q.kind = 'REPORTED'))
  `);
  return rows.map((r) => r.problem);
}
