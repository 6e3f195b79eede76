/**
 * One emoji or pictograph as written: a pictographic character (Unicode's Extended_Pictographic,
 * less ©, ® and ™, which are text symbols a name or a credit carries) or a flag's regional
 * indicator, with the presentation selectors, skin tones, tag characters and zero-width joiners
 * that build it into one picture ("👩🏽‍💻", "✍️", "🏴󠁧󠁢󠁳󠁣󠁴󠁿").
 */
const PICTOGRAPH = String.raw`(?:(?![©®™])\p{Extended_Pictographic}|\p{Regional_Indicator})[\uFE0E\uFE0F\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}\u200D]*`;

/** A run of pictographs with the spaces before and between them. */
const PICTOGRAPHS = new RegExp(String.raw`[ \t]*${PICTOGRAPH}(?:[ \t]*${PICTOGRAPH})*`, 'gu');

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * `text` without its emoji and pictographs, which are no article text a quiz's stem, option or
 * byline should carry ("... from 3 May 🎉, the board said" → "... from 3 May, the board said";
 * "Mara Quell ✍️" → "Mara Quell"). The spaces before a pictograph go with it; one glued between
 * two words leaves one space, so that the words stay apart; the result is trimmed where a
 * pictograph opened or closed it. A text without any comes back unchanged.
 */
export function withoutPictographs(text: string): string {
	if (text.search(PICTOGRAPHS) === -1) return text;
	const out = text.replace(PICTOGRAPHS, (run, offset: number) =>
		WORD_CHAR.test(text[offset - 1] ?? '') && WORD_CHAR.test(text[offset + run.length] ?? '') ? ' ' : ''
	);
	return out.replace(/^[ \t]+|[ \t]+$/g, '');
}

const TRAILING = new RegExp(String.raw`(?:[ \t]*${PICTOGRAPH})+$`, 'u');

/**
 * How many characters of `text` are pictographs that open it (with the spaces after them) and
 * that close it (with the spaces before them), 0 each where none; a text of pictographs only is
 * all `lead`. Sentence splitting leaves them out of a sentence's span (sentences.ts).
 */
export function pictographEdges(text: string): { lead: number; trail: number } {
	const lead = pictographsAt(text, 0);
	return { lead, trail: TRAILING.exec(text.slice(lead))?.[0].length ?? 0 };
}

const RUN_AT = new RegExp(String.raw`(?:${PICTOGRAPH}[ \t]*)+`, 'uy');

/** How many characters of pictographs, with the spaces after them, stand in `text` from `at` on (0 where none). */
export function pictographsAt(text: string, at: number): number {
	RUN_AT.lastIndex = at;
	return RUN_AT.exec(text)?.[0].length ?? 0;
}

// what goes on past a pictograph when it stands inside a figure: more digits, a decimal or group
// part, a scale word or a percent ("£1 🚀.1 million", "3🎉500", "12 🔥%")
const FIGURE_GOES_ON = /^[ \t]*(?:[.,:/–-]?\d|%|(?:million|billion|trillion|thousand|bn|mn|m|k|tn|per ?cent|percent)(?![\p{L}\p{N}]))/u;
const FIGURE_BEFORE = /(?:\d[.,:/–-]?|[$£€¥₹])[ \t]*$/;
const TRAILING_RUN = new RegExp(String.raw`(?:${PICTOGRAPH}[ \t]*)+$`, 'u');

/**
 * Whether a pictograph cuts the figure at `span` of `text` (a number fact's span): one stands right
 * after it with more of the figure beyond ("£1 🚀.1 million" read as "£1"), or right before it with
 * the figure's start in front ("3🎉500" read as "500"). Such a figure is not asked: its blank left
 * "_____.1 million" once the pictograph was dropped from the stem (a fresh user's pasted article).
 */
export function cutByPictograph(text: string, span: { start: number; end: number }): boolean {
	const after = text.slice(span.end);
	const lead = /^[ \t]*/.exec(after)![0].length;
	const run = pictographsAt(after, lead);
	if (run > 0 && FIGURE_GOES_ON.test(after.slice(lead + run))) return true;
	const before = text.slice(0, span.start);
	const trailing = TRAILING_RUN.exec(before.replace(/[ \t]+$/, ''))?.[0];
	return trailing !== undefined && FIGURE_BEFORE.test(before.replace(/[ \t]+$/, '').slice(0, -trailing.length));
}
