import type { Sentence } from './types';

/**
 * "The victim", "the incident", "the attack" of a crime report (QUALITY.md R4): the play screen
 * shows the quiz's title above every item, so in a quiz titled "... teenager stabbed outside
 * takeaway" the one attack the headline tells of is in view. Only until the article tells of
 * another ("the second stabbing on this road", "a separate attack"): after that, "the victim"
 * may mean either, and the stem is refused.
 */

/** The pointing nouns a headline's attack names, and the headline words that tell of one. */
const EVENT_NOUNS = new Set(['victim', 'incident', 'attack']);
const HEADLINE_EVENT = /\b(?:stabbed|stabbing|shot|shooting|attacked|attack|assaulted|assault|killed|murdered|murder|injured|wounded)\b/i;
// "the second serious stabbing", "another attack", "a separate incident": a second event
const OTHER_EVENT = /\b(?:another|second|third|previous|earlier|separate|similar|latest)\b (?:[\p{L}-]+ ){0,2}?(?:stabbings?|shootings?|attacks?|incidents?|assaults?|murders?|killings?)\b|\b(?:stabbings|shootings|attacks|incidents|assaults|murders|killings)\b/iu;

/**
 * Does "the <noun>" in a stem from `sentence` point to the one attack `title` tells of: the noun
 * is "victim", "incident" or "attack", the headline says someone was stabbed, shot, attacked,
 * killed or injured, and no sentence up to this one tells of another such event? `noun` is
 * lower-case; `sentences` are the article's, in order.
 */
export function headlineEvent(title: string, sentences: readonly Sentence[], sentence: Sentence, noun: string): boolean {
	if (!EVENT_NOUNS.has(noun) || !HEADLINE_EVENT.test(title)) return false;
	return !sentences.slice(0, sentence.index + 1).some((s) => OTHER_EVENT.test(s.text));
}
