import { randomInt } from 'node:crypto';
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';
import unhomoglyph from 'unhomoglyph';

/**
 * The shortest and longest nickname, in user-perceived characters (grapheme clusters) after NFC and
 * trimming. The minimum keeps a lone letter ("A", "x") off the leaderboard, where it names no one; a
 * character that is a syllable or a word of its own (`WHOLE_NAME_CHARACTER`) is a name at one.
 */
export const NICKNAME_MIN = 2;
export const NICKNAME_MAX = 20;

/**
 * Given names and surnames that `obscenity`'s English list matches as or inside a rude word ("Dick",
 * "Dickinson", "Cumming", "Annalise", "Fagan", "Dikshit", "Wankel"...): a fresh user was refused the
 * nickname "Dick". Each is allowed as a whole word only, so the same letters as part of a longer word
 * ("dickhead", "bigdick") or in leetspeak ("D1ck") are still refused. The list's own allow-list
 * already passes "Fanny", "Gay", "Willy", "Cockburn", "Hancock", "Dickens" and "Scunthorpe".
 */
const NAMES = [
	'dick', 'dickie', 'dicky', 'dickey', 'dickson', 'dickerson', 'dickinson', 'dickenson', 'dickman',
	'cumming', 'cummings', 'cummins', 'cumhur', 'annalise', 'analise', 'analisa', 'analia', 'anala',
	'cockshott', 'fukuda', 'fukushima', 'dikshit', 'shitole', 'shittu', 'fagan', 'fagin', 'faggiano',
	'wankel', 'slutsky', 'pornchai', 'twatt'
];

/**
 * The profanity matcher from `obscenity`'s maintained English list with its recommended
 * transformers (leetspeak, confusable letters, repeated letters), and `NAMES` added to its allow-list
 * (the library's whitelisted terms) with a space on each side: a match inside a whitelisted term is
 * dropped, and the spaces make the term a whole word, as `isProfane` pads the text it reads. Built
 * once: it is read-only.
 */
const dataset = englishDataset.build();
const profanity = new RegExpMatcher({
	...dataset,
	whitelistedTerms: [...(dataset.whitelistedTerms ?? []), ...NAMES.map((name) => ` ${name} `)],
	...englishRecommendedTransformers
});

// the names of `NAMES` that are a rude word on their own: a name only where it opens the nickname, capitalised, and no
// word after it makes it the rude word again ("Dick Turnbull" is a name; "Big Dick", "dick head", "Dick pics" are not)
const RUDE_AS_WORD = /(?<![\p{L}\p{N}])(dick(?:y|ie|ey)?)(?![\p{L}\p{N}])/giu;
const RUDE_AFTER = /^\s+(?:head|heads|face|wad|pic|pics|pix|hole|less|weed|cheese|sucker|suck|sucks|sucking|lick|licker|licking|eater|out|move|ish)\b/i;

/** Does `text` (its underscores, dots, dashes and asterisks read as spaces) use a name of `NAMES` that is a rude word as that word (`RUDE_AS_WORD`)? */
function rudeNameWord(text: string): boolean {
	for (const m of text.matchAll(RUDE_AS_WORD)) {
		if (m.index !== 0 || !/^\p{Lu}\p{Ll}/u.test(m[1]) || RUDE_AFTER.test(text.slice(m.index + m[0].length))) return true;
	}
	return false;
}

/** Does the list match `text` read as words: its underscores, dots, dashes and asterisks as spaces, and a space before and after, so a name of `NAMES` is whole. */
function matchesAsWords(text: string): boolean {
	const words = text.replace(/[_.*-]+/g, ' ').trim();
	return rudeNameWord(words) || profanity.hasMatch(` ${words} `);
}

/**
 * Does `text` match the profanity list (`obscenity`), as written or with the spaces, underscores,
 * dots, dashes and asterisks between its parts taken out ("f u c k", "f_uck", "sh.it" passed as
 * written)? A match in the joined text counts only where it is made of two or more whole parts:
 * two names joined make words neither holds ("Ana Lopez" → "analopez", refused as "anal": a fresh
 * user's find), and a match of one part alone is the first reading's to judge, with the names the
 * allow-list passes ("Dick Smith" joined reads "dick"). Used for every name shown to others: a
 * room's nicknames and a shared result's name.
 */
export function isProfane(text: string): boolean {
	if (matchesAsWords(text)) return true;
	const parts = text.split(/[\s_.*-]+/).filter(Boolean);
	if (parts.length < 2) return false;
	const joined = parts.join('');
	// the index of the part each letter of the joined text belongs to, and where each part starts and ends
	const partAt: number[] = [];
	const starts = new Set<number>();
	const ends = new Set<number>();
	parts.forEach((part, n) => {
		starts.add(partAt.length);
		for (let i = 0; i < part.length; i++) partAt.push(n);
		ends.add(partAt.length - 1);
	});
	return profanity
		.getAllMatches(joined)
		.some((m) => starts.has(m.startIndex) && ends.has(m.endIndex) && partAt[m.startIndex] !== partAt[m.endIndex]);
}

/**
 * Characters that render as nothing or as blank space and so let two nicknames look alike or a
 * nickname look empty: control and format characters (zero-width space, joiners, bidi marks,
 * BOM), every space but the plain one (no-break, figure, narrow, ideographic...), the Braille
 * blank U+2800, the Hangul fillers, private-use and unassigned code points, and the
 * ideographic variation selectors. Emoji presentation selectors (U+FE0E, U+FE0F) stay allowed
 * for emoji but are dropped from the uniqueness key.
 */
const invisible =
	/[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\u2800\u115f\u1160\u3164\uffa0\u034f\u{e0100}-\u{e01ef}]/u;

/**
 * The format characters that belong to a visible emoji: a zero-width joiner between two emoji
 * (each maybe with its presentation selector or skin tone: 👩‍👩‍👧‍👦, 🏳️‍🌈) and the tag characters
 * of a subdivision flag (🏴 England). Taken out before the `invisible` test, so a joiner anywhere
 * else is still refused.
 */
const emojiFormat =
	/(?<=\p{Extended_Pictographic}[\ufe0f\u{1f3fb}-\u{1f3ff}]?)\u200d(?=\p{Extended_Pictographic})|(?<=\u{1f3f4})[\u{e0061}-\u{e007a}]+\u{e007f}/gu;

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

// a Chinese character (a Japanese kanji) or a Hangul syllable block is a whole syllable of a name, and a one-syllable
// name is a real one ("李", "翔", "민": a fresh user was refused "李"); a lone kana or Hangul letter (jamo) is a sound,
// as a Latin letter is, and Japanese one-character names are written in kanji
const WHOLE_NAME_CHARACTER = /^[\p{Script=Han}\uac00-\ud7a3]$/u;

/** A nickname that passed every rule, with the key under which it is unique in its room. */
export interface Nickname {
	nickname: string;
	/** Case-folded compatibility form with look-alike letters folded: two nicknames that differ only by case or by script share it. */
	key: string;
}

/** A nickname that broke a rule, with a message that says what to change. */
export class NicknameError extends Error {}

/**
 * Checks a typed nickname against the room rules of issue 7 and returns it normalised: NFC,
 * trimmed, inner runs of spaces collapsed. Throws `NicknameError` when it is shorter than 2 (but
 * for one Chinese character or Hangul syllable, a name of its own) or longer than 20 characters, holds an invisible or blank-looking character, has no letter,
 * digit or emoji, or matches the profanity list. Uniqueness within the room is checked by the
 * caller against `key`.
 */
export function checkNickname(input: string): Nickname {
	const nickname = input.normalize('NFC').trim().replace(/ {2,}/g, ' ');
	if (invisible.test(nickname.replace(emojiFormat, ''))) {
		throw new NicknameError('Use visible characters only: your nickname holds an invisible or blank-looking one.');
	}
	const length = [...segmenter.segment(nickname)].length;
	if (length < NICKNAME_MIN && !WHOLE_NAME_CHARACTER.test(nickname)) throw new NicknameError(`Make your nickname at least ${NICKNAME_MIN} characters long.`);
	if (length > NICKNAME_MAX) throw new NicknameError(`Keep your nickname to ${NICKNAME_MAX} characters or fewer.`);
	if (!/[\p{L}\p{N}\p{Extended_Pictographic}]/u.test(nickname)) {
		throw new NicknameError('Put at least one letter or digit in your nickname.');
	}
	if (isProfane(nickname)) throw new NicknameError('Pick another nickname: that one is not allowed in class.');
	// the key folds letters that look alike across scripts (Unicode TR39 confusables, `unhomoglyph`):
	// "Аnna" with a Cyrillic А could pose as a classmate "Anna"
	return { nickname, key: unhomoglyph(nickname.normalize('NFKC').replace(/[\ufe00-\ufe0f]/g, '').toLowerCase()) };
}

const adjectives = [
	'Brave', 'Calm', 'Clever', 'Curious', 'Eager', 'Gentle', 'Happy', 'Jolly', 'Keen', 'Kind',
	'Lively', 'Lucky', 'Mighty', 'Nimble', 'Polite', 'Quick', 'Quiet', 'Sharp', 'Sunny', 'Swift',
	'Witty', 'Bold', 'Bright', 'Cheerful'
];
const animals = [
	'Otter', 'Badger', 'Falcon', 'Heron', 'Lynx', 'Panda', 'Puffin', 'Koala', 'Gecko', 'Bison',
	'Beaver', 'Dolphin', 'Fox', 'Hedgehog', 'Ibis', 'Jaguar', 'Lemur', 'Marmot', 'Owl', 'Raven',
	'Seal', 'Tapir', 'Walrus', 'Yak'
];

/**
 * A friendly generated nickname ("Swift Otter"), or with a number ("Swift Otter 42") when the
 * plain ones tried are taken; `taken(key)` says whether a nickname key is already in the room.
 * Always passes `checkNickname`.
 */
export function friendlyNickname(taken: (key: string) => boolean): string {
	for (let attempt = 0; attempt < 40; attempt++) {
		const base = `${adjectives[randomInt(adjectives.length)]} ${animals[randomInt(animals.length)]}`;
		const nickname = attempt < 10 ? base : `${base} ${randomInt(10, 1000)}`;
		try {
			if (!taken(checkNickname(nickname).key)) return nickname;
		} catch {
			// A number can read as a word to the profanity list's leetspeak rules: draw again.
		}
	}
	return `Player ${randomInt(100000, 1000000)}`;
}
