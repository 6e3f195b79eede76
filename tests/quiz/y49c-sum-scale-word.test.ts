import { describe, expect, it } from 'vitest';
import { nameLeadReferents } from '../../src/lib/quiz/lead-referents';
import { sentenceOf } from './report';

/** `nameLeadReferents` over the sentence of the paragraphs that opens on `from`, its own text as the stem. */
function leadNamed(title: string, paragraphs: string[], from: string): string {
	const { article, sentences, sentence } = sentenceOf(title, paragraphs, from, false);
	return nameLeadReferents({ article, sentences, places: new Map(), organisations: new Map() }, sentence, sentence.text);
}

const BODY = [
	'Lusovia on Tuesday signed an agreement with a group of Korean builders to lay a tramway through its capital, Orlan.',
	'Transport minister Ilda Varga denied that the country had been rushed into the deal.',
	'Work on the first stretch of track is due to begin next spring, and the line should carry its first passengers in 2031, officials in Orlan said on Wednesday.'
];

describe('y49c: a headline deal written into a stem leaves the sum and its scale word out together (R1)', () => {
	it('writes "the tramway deal", not "the billion tramway deal", under "$2.4 billion tramway deal"', () => {
		const stem = leadNamed('Lusovia signs $2.4 billion tramway deal with Korean builders', BODY, 'Transport minister');
		expect(stem).toBe('Transport minister Ilda Varga denied that the country had been rushed into the tramway deal.');
	});

	it('does the same for a sum in millions written "m" apart', () => {
		const stem = leadNamed('Lusovia signs €600 m ferry deal with Korean builders', BODY, 'Transport minister');
		expect(stem).not.toMatch(/\bthe m\b/);
		expect(stem).toContain('the ferry deal');
	});
});
