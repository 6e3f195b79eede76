import { counted } from '$lib/plural';
import { getEmojiSequenceKeyword, getIconData, getUnqualifiedEmojiSequence, iconToHTML, iconToSVG } from '@iconify/utils';
import { Resvg } from '@resvg/resvg-js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori from 'satori';
import { closeCount, type ItemOutcome } from '$lib/share/share-text';

/** The score card's width in pixels: the 1.91:1 Open Graph image size is 1200×630. */
export const cardWidth = 1200;

/** The score card's height in pixels (see `cardWidth`). */
export const cardHeight = 630;

/** What a score card shows: the quiz title, the player's name if given, the score and one square per item. */
export interface ScoreCard {
	title: string;
	name?: string | null;
	right: number;
	total: number;
	points: number;
	outcomes: readonly ItemOutcome[];
}

/**
 * Square colours, far enough apart in lightness to tell apart in greyscale: darkest the wrong
 * square, then right, then close (the share text's yellow), then the time-up grey.
 */
const squareColour: Record<ItemOutcome, string> = {
	right: '#2f9e44',
	close: '#fcc419',
	wrong: '#c92a2a',
	timeout: '#dee2e6'
};

const squareBorder: Record<ItemOutcome, string> = {
	right: '#2b8a3e',
	close: '#e67700',
	wrong: '#a51d1d',
	timeout: '#adb5bd'
};

/** The white space around the card's content, in pixels. */
const margin = 64;

type Node = { type: string; props: { style?: Record<string, string | number>; children?: unknown } };

function el(type: string, style: Record<string, string | number>, children?: unknown): Node {
	return { type, props: { style, children } };
}

const require = createRequire(import.meta.url);

type CardFont = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };

let fonts: CardFont[] | undefined;

/** Inter's subsets (`@fontsource/inter`): Latin, Latin Extended, Cyrillic, Greek and Vietnamese, so names such as "Łukašenka", "Иван" or "Nguyễn" render. */
const subsets = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'greek-ext', 'vietnamese'] as const;

/**
 * Inter (SIL Open Font License) from `@fontsource/inter`, as WOFF because satori reads TTF, OTF
 * and WOFF but not WOFF2; one family per subset, all listed in the card's font stack. Read once:
 * the files never change while the server runs.
 */
function cardFonts(): CardFont[] {
	fonts ??= subsets.flatMap((subset) =>
		([400, 700] as const).map((weight) => ({
			name: `Inter ${subset}`,
			data: readFileSync(require.resolve(`@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`)),
			weight,
			style: 'normal' as const
		}))
	);
	return fonts;
}

/**
 * An emoji as a Twemoji SVG data URL (CC-BY 4.0, from `@iconify-json/twemoji`, whose `chars`
 * map code point sequences to icon names), or undefined when Twemoji has none. Emoji are looked
 * up without variation selectors, as the set's keys are written. The 11 MB set is imported on
 * the first emoji only.
 */
async function emojiImage(segment: string): Promise<string | undefined> {
	const { icons, chars } = await import('@iconify-json/twemoji');
	const name = chars[getEmojiSequenceKeyword(getUnqualifiedEmojiSequence(Array.from(segment, (c) => c.codePointAt(0) ?? 0)))];
	const icon = name ? getIconData(icons, name) : null;
	if (!icon) return undefined;
	const svg = iconToSVG(icon);
	// resvg reads base64 data URLs, not the URL-encoded ones `svgToURL` writes
	return `data:image/svg+xml;base64,${Buffer.from(iconToHTML(svg.body, svg.attributes)).toString('base64')}`;
}

/**
 * satori's hook for text its fonts lack: an emoji becomes a Twemoji image; any other script
 * (Chinese, Arabic, ...) has no bundled font, so satori would draw its fallback glyph (`layout`
 * leaves such a name off the card).
 */
async function additionalAsset(code: string, segment: string): Promise<string | CardFont[]> {
	return (code === 'emoji' && (await emojiImage(segment))) || [];
}

/** Cuts `text` at a word boundary to at most `max` characters, adding an ellipsis when cut. */
function clip(text: string, max: number): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function squares(outcomes: readonly ItemOutcome[]): Node {
	const gap = 12;
	const size = Math.min(72, Math.floor((cardWidth - 2 * margin - gap * (outcomes.length - 1)) / outcomes.length));
	return el(
		'div',
		{ display: 'flex', gap },
		outcomes.map((o) =>
			el('div', {
				width: size,
				height: size,
				borderRadius: Math.round(size / 6),
				backgroundColor: squareColour[o],
				border: `3px solid ${squareBorder[o]}`
			})
		)
	);
}

/** The points, after the count of close estimates when there are any: the score counts only right answers. */
function pointsLine(card: ScoreCard): string {
	const close = closeCount(card.outcomes);
	return `${close ? `${close} close · ` : ''}${counted(card.points, 'point')}`;
}

// the scripts the card's fonts draw (`subsets`), and what every script shares: digits, punctuation, emoji, marks
const DRAWN = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Common}\p{Script=Inherited}]*$/u;
// what those scripts hold that Inter does not draw: the CJK symbols and punctuation ("、", "・"), the
// full-width forms ("Ａ", "（"), which Unicode files under Latin or Common, and the CJK compatibility forms
const UNDRAWN = /[\u2e80-\u33ff\ufe30-\ufe4f\uff00-\uffef\u{1f200}-\u{1f2ff}]/u;
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * The part of a player's name the card's fonts draw (Inter's scripts, `subsets`, and Twemoji's
 * emoji), or undefined when none is left, or of a name cut short no letter or emoji: a character of any other script (Chinese,
 * Arabic...) would be drawn as a fallback box, so it is left out with the brackets and separators
 * it leaves empty ("Anna 李" → "Anna", "Omar (عمر)" → "Omar"), and a name with nothing of it left is no
 * name on the card; a name left off whole for one such character would lose the part a reader
 * knows the player by. The result page, which the browser's fonts draw, shows the name as typed.
 */
export function drawnName(name: string): string | undefined {
	// compatibility forms first: a full-width "Ａnna" is the Latin "Anna" Inter draws
	let dropped = false;
	const kept = Array.from(graphemes.segment(name.normalize('NFKC')), ({ segment }) => {
		if (DRAWN.test(segment) && !UNDRAWN.test(segment)) return segment;
		dropped = true;
		return ' ';
	}).join('');
	const tidy = kept
		.replace(/[([{<]\s*[)\]}>]/g, ' ')
		.replace(/\s+/g, ' ')
		.replace(/^[\s,;:·/|–—-]+|[\s,;:·/|–—-]+$/g, '');
	// a name drawn whole is drawn as typed ("🦊", "007"); what is left of one cut short must be a name ("李 2" is not "2")
	if (!dropped) return tidy || undefined;
	return /[\p{L}\p{Extended_Pictographic}]/u.test(tidy) ? tidy : undefined;
}

function layout(card: ScoreCard): Node {
	const name = card.name ? drawnName(card.name) : undefined;
	const byline = name ? `${clip(name, 40)} scored` : 'Score';
	const inner = el(
		'div',
		{
			width: cardWidth - 2 * margin,
			height: cardHeight - 2 * margin,
			display: 'flex',
			flexDirection: 'column',
			justifyContent: 'space-between'
		},
		[
			el('div', { display: 'flex', flexDirection: 'column', gap: 12 }, [
				el('div', { fontSize: 30, fontWeight: 700, color: '#5c5f66' }, 'newsquiz'),
				el('div', { fontSize: 50, fontWeight: 700, lineHeight: 1.15 }, clip(card.title, 90))
			]),
			// the byline has a line of its own, so a long name never pushes the points along the score's line
			el('div', { display: 'flex', flexDirection: 'column' }, [
				el('div', { fontSize: 30, color: '#5c5f66' }, byline),
				el('div', { display: 'flex', alignItems: 'flex-end', gap: 40 }, [
					el('div', { fontSize: 112, fontWeight: 700, lineHeight: 1 }, `${card.right}/${card.total}`),
					el('div', { fontSize: 40, color: '#5c5f66', paddingBottom: 10 }, pointsLine(card))
				])
			]),
			squares(card.outcomes)
		]
	);
	return el(
		'div',
		{
			width: cardWidth,
			height: cardHeight,
			display: 'flex',
			alignItems: 'center',
			justifyContent: 'center',
			backgroundColor: '#fffdf7',
			color: '#1c1c1c',
			fontFamily: subsets.map((subset) => `Inter ${subset}`).join(', ')
		},
		[inner]
	);
}

/**
 * Renders a result's score card as a 1200×630 PNG: satori lays the card out as SVG with the
 * bundled Inter font (and Twemoji for emoji in a name or title; of a name, only the part Inter draws,
 * `drawnName`, the byline reading "Score" as with no name when no letter of it is left), and resvg (its binary ships
 * inside `@resvg/resvg-js`) rasterises it. The squares are drawn as coloured boxes. Returns the PNG bytes; throws
 * only when a font file is missing from node_modules.
 */
export async function renderScoreCard(card: ScoreCard): Promise<Buffer> {
	// satori's element type is React's; a plain element tree is what it reads at run time.
	const svg = await satori(layout(card) as never, { width: cardWidth, height: cardHeight, fonts: cardFonts(), loadAdditionalAsset: additionalAsset });
	return new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
}
