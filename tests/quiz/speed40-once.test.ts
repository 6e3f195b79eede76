import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openingReferent, type AnaphoraSource } from '../../src/lib/quiz/anaphora';
import { onlyInPast } from '../../src/lib/quiz/person-options';
import { nameStoryThings } from '../../src/lib/quiz/story-names';
import type { Article, Sentence } from '../../src/lib/quiz/types';

// Patterns built with `new RegExp` are counted: a pattern that depends on nothing a call varies is
// built once, not once per sentence or per stem, and what the checks answer stays as it was.
let built = 0;
// patterns built for this word only, where set
let word: string | undefined;
const Native = RegExp;
beforeEach(() => {
	built = 0;
	word = undefined;
	globalThis.RegExp = new Proxy(Native, {
		construct(target, args) {
			if (word === undefined || String(args[0]).includes(word)) built++;
			return Reflect.construct(target, args);
		}
	});
});
afterEach(() => {
	globalThis.RegExp = Native;
});

describe('a surname placed in the past', () => {
	it('builds its death pattern once, however many sentences tell of a death', () => {
		const sentences = ['Okonjo said two miners were killed in the collapse.', 'Okonjo (left) met the families on Friday.', 'Okonjo added that nobody had died at the site since 2021.'];
		expect(onlyInPast(sentences, 'Okonjo', 2026)).toBe(false);
		expect(built).toBeLessThanOrEqual(2);
	});

	it('still finds a death the article tells', () => {
		expect(onlyInPast(['The late Miriam Okonjo founded the mine in 1961.'], 'Okonjo', 2026)).toBe(true);
	});
});

describe("a dateline's province in a stem", () => {
	const article = {
		title: 'Firefighters hold the line near Vernon',
		paragraphs: ['VERNON, B.C. — Crews in British Columbia held the fire line overnight, officials said on Tuesday.', 'The province said it was sending 90 more firefighters.', 'Officials said the province would review its evacuation plan.']
	} as Article;
	const sentence = { index: 1, paragraph: 1, start: 0, end: 10, text: 'The province said it was sending 90 more firefighters.' } as Sentence;

	it('is written in without a pattern built for the stem', () => {
		nameStoryThings(article, [sentence], sentence, 'The province said it was sending _____ more firefighters.');
		built = 0;
		expect(nameStoryThings(article, [sentence], sentence, 'Officials said the province would review its evacuation plan.')).toBe('Officials said British Columbia would review its evacuation plan.');
		expect(built).toBe(0);
	});

	it('is left alone where the article tells of another province', () => {
		const other = { ...article, paragraphs: [...article.paragraphs, 'Crews from another province arrived on Wednesday.'] };
		expect(nameStoryThings(other, [sentence], sentence, 'Officials said the province would review its evacuation plan.')).toBe('Officials said the province would review its evacuation plan.');
	});
});

describe("an opening 'The <noun>' written as the article's fuller phrase", () => {
	const paragraphs = ['Councillors on Monday approved a £3.8 million harbour repair scheme for the two villages.', 'The scheme passed by 14 votes to 5 after a long debate.'];
	const sentences = paragraphs.map((text, index) => ({ index, paragraph: index, start: 0, end: text.length, text })) as Sentence[];
	const source: AnaphoraSource = { article: { title: 'Council backs village harbour plan', paragraphs } as Article, sentences, facts: [[], []], organisations: new Map(), places: new Map() };

	it('reads the text before once per sentence and noun, however many stems of the sentence ask', () => {
		word = 'scheme';
		expect(openingReferent(source, sentences[1], 'The scheme passed by _____ votes to 5 after a long debate.')).toEqual({ length: 10, phrase: 'The harbour repair scheme' });
		built = 0;
		expect(openingReferent(source, sentences[1], 'The scheme passed by 14 votes to _____ after a long debate.')).toEqual({ length: 10, phrase: 'The harbour repair scheme' });
		expect(built).toBe(0);
	});
});
