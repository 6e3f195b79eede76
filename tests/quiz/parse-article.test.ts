import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/lib/quiz/errors';
import { parseArticleText } from '../../src/lib/quiz/parse-article';

const body = 'The council voted on Tuesday to close the old library after a long debate about its future. '.repeat(4).trim();

function codeOf(text: string): string | undefined {
	try {
		parseArticleText(text);
		return undefined;
	} catch (e) {
		expect(e).toBeInstanceOf(InputError);
		return (e as InputError).code;
	}
}

describe('parseArticleText', () => {
	it('takes the first line as headline and blank-line blocks as paragraphs', () => {
		const a = parseArticleText(`Library to close\n\n${body}\n\nSecond paragraph here with more words.\n`);
		expect(a.title).toBe('Library to close');
		expect(a.paragraphs).toEqual([body, 'Second paragraph here with more words.']);
	});

	// a new teacher's headline with U+202E around "evil" showed "live" on the play page
	it('strips bidirectional overrides and isolates, keeping the marks Arabic and Hebrew text uses', () => {
		const a = parseArticleText(`Council \u202Eevil\u202C plan \u2067fails\u2069\n\n${body} \u200Fمرحبا\u200F`);
		expect(a.title).toBe('Council evil plan fails');
		expect(a.paragraphs[0]).toContain('\u200Fمرحبا\u200F');
	});

	it('drops podcast lines, "Read Full Article" glued to the last line, bylines and placeholders', () => {
		const a = parseArticleText(
			`Library to close\n\nBy Jane Smith\n\n${body}\n\nImage\n\n:: Subscribe to the Daily podcast on Apple Podcasts\n\nAdvertisement\n\nThe doors shut in May.Source: Read Full Article`
		);
		expect(a.byline).toBe('Jane Smith');
		expect(a.paragraphs).toEqual([body, 'The doors shut in May.']);
	});

	// the byline test counts words as the page and the server do (`countWords`): a dash or a bar between a credit's parts is no word
	it('reads a credit of up to 12 words as a byline however many dashes and bars part it', () => {
		const a = parseArticleText(`Library to close\n\nBy Rosa Lindqvist – Staff Reporter – Valley Ledger | Civic Desk | Updated\n\n${body}`);
		expect(a.byline).toBe('Rosa Lindqvist – Staff Reporter – Valley Ledger | Civic Desk | Updated');
		expect(a.paragraphs).toEqual([body]);
	});

	it('reads a byline or a photo credit with an emoji beside it as one without, and drops a line of emoji alone', () => {
		const a = parseArticleText(`Library to close\n\nBy Jane Smith ✍️\n\n📷 Photo: Tom Reyes for the Herald\n\n${body} 📚\n\n🎉🎉\n\nThe doors shut in May.`);
		expect(a.byline).toBe('Jane Smith');
		expect(a.paragraphs).toEqual([`${body} 📚`, 'The doors shut in May.']);
		expect(parseArticleText(`Library to close\n\n🖊 By Ann Lee and Tom Ng\n\n${body}`).byline).toBe('Ann Lee and Tom Ng');
	});

	it('drops "Source: Read Full Article" on its own line and "Read more" lines', () => {
		const a = parseArticleText(`Library to close\n\n${body}\n\nRead more: Libraries in crisis\n\nSource: Read Full Article`);
		expect(a.paragraphs).toEqual([body]);
	});

	it('counts the words of a short article in the right number ("1 word", "4 words")', () => {
		expect(() => parseArticleText('Headline\n\nShort.')).toThrow('The article has 1 word;');
		expect(() => parseArticleText('Headline\n\nToo short to quiz.')).toThrow('The article has 4 words;');
	});

	it('refuses empty, short, binary and non-English text with a reason', () => {
		expect(codeOf('')).toBe('empty');
		expect(codeOf('  \n\n ')).toBe('empty');
		expect(codeOf('Headline\n\nToo short to quiz.')).toBe('too-short');
		expect(codeOf('Headline only')).toBe('too-short');
		expect(codeOf('PK\u0003\u0004\u0000\u0000binary\u0000junk')).toBe('binary');
		expect(codeOf(`Titel\n\n${'Der Rat hat am Dienstag beschlossen, die alte Bibliothek nach langer Debatte zu schließen. '.repeat(6)}`)).toBe('not-english');
	});

	it('says how many words a short article has and how many it needs', () => {
		expect(() => parseArticleText('Headline\n\nOnly seven words are in this body.')).toThrow(/7 words.*at least 50/);
	});
});
