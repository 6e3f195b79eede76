import { describe, expect, it } from 'vitest';
import { storyMeasure } from '../../src/lib/quiz/scope';
import { kept } from './report';

// an invented study story whose headline says only how large or long its study was ("large study finds"): the
// body calls it "a study", so "the large study" names nothing a student could place (QUALITY.md R4)
const PARAGRAPHS = [
	'Drinking a glass of water before each meal cut snacking between meals by a quarter, according to a study of more than 1,800 adults published on Tuesday.',
	'Researchers at Harwick University in Leeds followed 1,812 adults aged between 30 and 65 for ten weeks.',
	'About 14 per cent of those asked to drink water reported headaches during the study, a figure close to that among those who drank nothing extra.',
	'Only 52 of the 1,812 volunteers left the study before the end, most of them for reasons unrelated to water.',
	'"We were surprised by how much a single glass could do," said Dr Ellen Marsh, the lead author.'
];
const source = (title: string) => ({ article: { title, paragraphs: PARAGRAPHS }, places: new Map(), organisations: new Set<string>() });

describe("A finding headline's study told only by its size or length ('large study finds') is the body's one study (QUALITY.md R4)", () => {
	it('reads "large", "major new" and "ten-week" studies as the headline\'s bare study', () => {
		for (const title of ['Glass of water before meals cuts snacking, large study finds', 'Glass of water before meals cuts snacking, major new study finds', 'Glass of water before meals cuts snacking, ten-week study shows']) {
			expect(storyMeasure(source(title) as never)).toMatchObject({ phrase: 'the study', headline: true });
		}
	});

	it('keeps a headline study named by a modifier that says which ("Leeds study", "Harwick study")', () => {
		expect(storyMeasure(source('Glass of water before meals cuts snacking, Harwick study finds') as never)?.phrase).toBe('the Harwick study');
	});

	it('names the study by its researchers\' university in the items of its figures', () => {
		const stems = kept('Glass of water before meals cuts snacking, large study finds', PARAGRAPHS);
		expect(stems.some((s) => /\bthe large study\b/i.test(s))).toBe(false);
		expect(stems.some((s) => /Harwick University study/.test(s))).toBe(true);
	});
});
