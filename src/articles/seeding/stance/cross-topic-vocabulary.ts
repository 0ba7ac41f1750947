/**
 * The words (or grams) that occur under at least `minTopics` different topics, sorted: a feature
 * seen under one topic only would learn that topic, not something that carries to a new one.
 */
export function crossTopicVocabulary(
  items: Array<{ topicId: string; words: string[] }>,
  minTopics: number,
): string[] {
  const topicsOfWord = new Map<string, Set<string>>();
  for (const { topicId, words } of items) {
    for (const w of words) {
      const set = topicsOfWord.get(w) ?? new Set<string>();
      set.add(topicId);
      topicsOfWord.set(w, set);
    }
  }
  return [...topicsOfWord]
    .filter(([, topics]) => topics.size >= minTopics)
    .map(([w]) => w)
    .sort();
}
