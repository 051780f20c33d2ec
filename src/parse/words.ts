/**
 * A case-insensitive regex matching any of the given words or phrases as whole words, with word
 * edges that understand accents: JavaScript's \b treats "é" as a non-letter, so /\buniversité\b/
 * never matches. Phrases may hold regex syntax (e.g. "b\\.?sc").
 */
export function wordsRegex(alternatives: string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}
