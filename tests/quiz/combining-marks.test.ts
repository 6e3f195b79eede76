import { describe, expect, it } from 'vitest';
import { generateWithReport } from '../../src/lib/quiz/generate';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { acceptedAnswers, matchesTyped } from '../../src/lib/quiz/scoring';

// a Yoruba name whose grave and acute sit on a dotted "ọ", which NFC has no single letter for
const NAME = 'Adébáyọ̀ Ọlọ́rundá';

const article = (form: 'NFC' | 'NFD') =>
	parseArticleText(
		[
			'Ferry service adds evening crossings',
			'Dr Adébáyọ̀ Ọlọ́rundá, the head of the ferry service in Lagos, said the boats would run until midnight from April. “We are carrying more commuters every single month,” he said.',
			'Teresa Mwangi, a transport planner in Lagos, said the new crossings would take 2,000 cars off the lagoon bridge each evening.',
			'Samuel Adeyemi, a boat captain in Lagos, said crews would need 30 more pilots to run the night boats.',
			'The ferry service said 41,000 passengers used its boats on an average weekday last year.'
		]
			.join('\n\n')
			.normalize(form)
	);

describe('a name whose combining marks NFC cannot fold into its letters', () => {
	for (const form of ['NFC', 'NFD'] as const) {
		it(`is read as a person, every mark kept, when the text arrives ${form}`, () => {
			const { facts } = generateWithReport(article(form), { seed: 1 });
			expect(facts[0].filter((f) => f.type === 'person').map((f) => f.text)).toEqual([NAME]);
		});

		it(`keeps every mark in the stems, keys and options of a quiz from ${form} text`, () => {
			const { quiz } = generateWithReport(article(form), { seed: 1 });
			const who = quiz.items.find((i) => i.type === 'who-said' && i.stem.includes('midnight'));
			expect(who && who.options[who.key]).toBe(NAME);
			const texts = quiz.items.flatMap((i) => [i.stem, ...i.options, ...(i.accepted ?? [])]);
			// a string naming him names him whole: no "Adébáyọ" cut before its grave
			for (const text of texts.filter((t) => t.includes('Adébáy'))) expect(text).toContain(NAME);
		});
	}

	it('matches a typed answer written without the marks', () => {
		const { quiz } = generateWithReport(article('NFD'), { seed: 1 });
		const who = quiz.items.find((i) => i.type === 'who-said')!;
		expect(acceptedAnswers({ ...who, options: [NAME], key: 0 }).some((a) => matchesTyped('Adebayo Olorunda', a))).toBe(true);
	});
});

// a mark of two UTF-16 units (U+11300, Grantha) given a one-unit stand-in cut every offset after it short by one:
// the key span of "£4.2 million" read " £4.2 millio" (the m48 reviewer's find)
describe('a combining mark outside the Basic Multilingual Plane', () => {
	it('leaves the offsets of every item as they are in the text', () => {
		const text = [
			'Harbour board approves new ferry pier',
			'Ravi Kuma\u{11300}r, the chair of the harbour board in Kochi, said the board would spend £4.2 million on a new ferry pier.',
			'Work on the pier in Kochi will start in March and take 18 months, the harbour board said.',
			'About 12,000 passengers use the ferries in Kochi every day, according to the board.'
		].join('\n\n');
		const { quiz } = generateWithReport(parseArticleText(text), { seed: 1 });
		expect(quiz.items.length).toBeGreaterThan(0);
		for (const item of quiz.items) {
			const { start, end, text: sentence, keySpan } = item.source;
			expect(quiz.article.paragraphs.join('\n\n').slice(start, end)).toBe(sentence);
			if (item.type !== 'true-false' && item.type !== 'who-said') expect(sentence.slice(keySpan.start, keySpan.end)).toBe(item.options[item.key] ?? sentence.slice(keySpan.start, keySpan.end));
		}
	});
});
