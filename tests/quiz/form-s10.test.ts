import { describe, expect, it } from 'vitest';
import { falseBound } from '../../src/lib/quiz/bounds';
import { rolePhrase } from '../../src/lib/quiz/entities';
import { extractFacts } from '../../src/lib/quiz/facts';
import { generateWithReport } from '../../src/lib/quiz/generate';
import { placeLabel } from '../../src/lib/quiz/labels';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { simplify } from '../../src/lib/quiz/simplify';
import { filler, itemsOf, kept } from './report';

/** The texts of the clauses an item may be written from, for one sentence. */
function clauses(sentence: string): string[] {
	return simplify(sentence, extractFacts(sentence)).map((c) => c.text);
}

describe('a list’s label is written in as the place it names, or the line gives no item', () => {
	const prices = [
		'Home prices in England rose for a third month in a row in May, the Land Registry said on Wednesday.',
		'Greater Manchester: The average price rose 2.4 per cent from a year earlier to £231,000.',
		'Leeds and Bradford: Prices were up 3.1 per cent and 1.8 per cent respectively, led by terraced houses.',
		'Brief note: Buyers in Leeds paid an average of £12,000 more for new homes than for older ones.',
		'The average price of a home in England stood at £298,000, up 1.9 per cent on the year.'
	];

	it('reads "Greater Manchester: The" as "In Greater Manchester, the"', () => {
		const isPlace = (name: string) => ['Manchester', 'Leeds', 'Bradford'].includes(name);
		expect(placeLabel('Greater Manchester: The average price rose 2.4 per cent', isPlace, () => false)).toEqual({ length: 21, phrase: 'In Greater Manchester, t' });
		expect(placeLabel('Brief note: Buyers paid more', isPlace, () => false)).toBeUndefined();
		expect(placeLabel('Leeds: Kirkstall Forge saw prices rise', isPlace, (w) => w === 'Kirkstall')).toBeUndefined();
	});

	it('asks no stem that opens on a label, and asks the place lines as sentences', () => {
		const stems = kept('House prices rise again', [...prices, ...filler]);
		expect(stems.filter((s) => /^[\p{L} ]+: /u.test(s))).toEqual([]);
		expect(stems.some((s) => s.startsWith('In Greater Manchester, the average price rose'))).toBe(true);
		expect(stems.some((s) => s.startsWith('In Leeds and Bradford, prices were up'))).toBe(true);
	});
});

describe('a false bound on how many times something happened reads as English', () => {
	it('writes "fewer than three times" for "at least five times", never "less than two times"', () => {
		const text = 'The regulator said a faulty pump had been reported by staff at least five times before it was replaced.';
		const five = extractFacts(text).find((f) => f.text === 'five')!;
		expect(falseBound(five, text.slice(0, five.span.start), ['two', 'three'], text)?.falseKeyText).toBe('fewer than three');
	});

	it('keeps "less than" for a multiple of a quantity', () => {
		const text = 'The new probe can see at more than three times the distance of the old one.';
		const three = extractFacts(text).find((f) => f.text === 'three')!;
		expect(falseBound(three, text.slice(0, three.span.start), ['two'], text)?.falseKeyText).toBe('less than two');
	});
});

describe('a cut never leaves a subordinate clause without its main clause', () => {
	it('asks no stem that ends inside "and, when ..." before the comma that closes it', () => {
		const match = [
			'Leeds beat Hull 24-18 at Headingley on Friday night to go top of the Super League table for the first time this season.',
			'Ellis kicked his second goal of the night and, when the Hull captain was sent to the sin-bin for a high tackle on 52 minutes, the home side scored twice in six minutes.',
			...filler
		];
		expect(kept('Leeds go top', match).filter((s) => /sin-bin/.test(s) && !/home side/.test(s))).toEqual([]);
	});
});

describe('a cut never drops the rest of a list of names', () => {
	it('keeps a relative inside a list of two names, and ends the relative before the next name', () => {
		const sentence = 'The top Britons were Tom Reed of Leeds, who finished ninth in 2:10:32, and York’s Jane Fox, who was seventh among the women.';
		const texts = clauses(sentence);
		expect(texts).not.toContain('The top Britons were Tom Reed of Leeds');
		expect(texts[0]).toBe('The top Britons were Tom Reed of Leeds, who finished ninth in 2:10:32, and York’s Jane Fox, who was seventh among the women');
		expect(clauses('The winners were Tom Reed, who led from the start, and Jane Fox of Leeds.')).toContain('Tom Reed led from the start');
	});
});

describe('background that no story reports is not asked', () => {
	it('asks neither the year in a law’s title nor the divisions of a country or the seats of a chamber', () => {
		const stems = kept('Coins declared treasure as floods hit Kenya', [
			'A coroner declared 1,137 Roman coins found by a farmer near Norwich to be treasure under the Treasure Act 1996 on Tuesday.',
			'At least 48,000 people have been forced from their homes in 19 of the country’s 47 counties, the Interior Ministry said.',
			'Fianna Fáil is expected to be the biggest party in the Dáil, the lower house, which has 160 members, when all seats are allocated.',
			...filler
		]);
		expect(stems.filter((s) => /Act _____|_____ counties|has _____ members/.test(s))).toEqual([]);
	});
});

describe('who is described as a role', () => {
	it('reads no role cut from a longer one ("former hedge fund CEO")', () => {
		const isRoleWord = (w: string) => ['ceo', 'president', 'former'].includes(w);
		const text = 'Oz is in a tight race against former hedge fund CEO David Marsh and five others.';
		expect(rolePhrase(text, text.indexOf('David Marsh'), 'ceo', isRoleWord)).toBeUndefined();
		const other = 'Officials there want Russian President Vladimir Putin to annex the region.';
		expect(rolePhrase(other, other.indexOf('Vladimir Putin'), 'president', (w) => ['president', 'russian'].includes(w))).toBe('Russian President');
	});

	it('writes a role that opens the sentence in lower case with "a", as the article describes the person', () => {
		const awards = [
			'Gospel singer Ada Grace took home Best Inspirational Single at the Lagos awards on Saturday night.',
			'Rapper Kola Ade won Best Rap Album at the ceremony in Lagos.',
			'The show, which ran for almost six hours, also honoured the gospel choir that had opened it.',
			'Producer Tunde Bello was named Producer of the Year for the second time in three years.',
			'Rapper Tolu Ayo, 27, won Album of the Year for her third studio album.'
		];
		const stems = itemsOf('Awards night in Lagos', awards, 20).map((i) => i.stem).filter((s) => / described /.test(s) && /gospel/i.test(s));
		expect(stems.length).toBeGreaterThan(0);
		for (const s of stems) expect(s).toMatch(/(?:^In the article, who is described as a gospel singer\?|^In the article, [\p{L} ]+ is described as a gospel singer\.)$/u);
	});
});

describe('two who-said items in a row never have the same answer', () => {
	it('asks the second saying of the same speaker as a true/false that names a speaker', () => {
		const court = [
			'Southern Water was fined £6.3m on Thursday for discharging raw sewage into a Sussex river.',
			'Judge Caroline Meyrick said the offending had been "serious, repeated and entirely avoidable".',
			'"This was not a case of an unforeseeable storm overwhelming the system," she told the court.',
			'Jess Harland, from the Ouse Rivers Trust, said the fine was too small for a company of its size.',
			'Mark Pevensey, of the Environment Agency, said the courts were now imposing fines that reflected how serious the offending was.',
			'Defence barrister Tom Ashby said the company had spent £2m on new pumps at the works since the spills.',
			'Local councillor Ruth Kemp said residents had complained about the smell from the river for years.'
		];
		const quizzes = [1, 2, 3, 4, 5].map((seed) => generateWithReport(parseArticleText(`Water firm fined\n\n${[...court, ...filler].join('\n\n')}`), { seed, maxItems: 15 }).quiz.items);
		for (const quiz of quizzes) {
			for (let i = 1; i < quiz.length; i++) {
				const [a, b] = [quiz[i - 1], quiz[i]];
				if (a.type === 'who-said' && b.type === 'who-said') expect(b.options[b.key].split(' ').pop()).not.toBe(a.options[a.key].split(' ').pop());
			}
		}
		expect(quizzes.flat().some((i) => i.type === 'true-false' && /^[\p{L} ]+ said: “This was not a case/u.test(i.stem))).toBe(true);
	});
});
