import { describe, expect, it } from 'vitest';
import { relativeClauses } from '../../src/lib/quiz/clauses';
import { extractFacts } from '../../src/lib/quiz/facts';
import { sameOrgKind, shorten } from '../../src/lib/quiz/generate';
import { simplify } from '../../src/lib/quiz/simplify';
import { written, stemsMatching } from './report';

/** The texts of the clauses `simplify` writes from one sentence. */
function clauses(sentence: string): string[] {
	return simplify(sentence, extractFacts(sentence)).map((c) => c.text);
}

const LIST_SENTENCE = 'A 2019 review by the Harlow Institute found that nine lifestyle factors, including poor sleep, untreated high blood pressure, heavy drinking, smoking and loneliness, together explain about a third of strokes.';

describe('p34 (1): a list of examples inside a clause is dropped whole or kept whole (R1)', () => {
	it('"untreated" after the first item is no verb closing the list', () => {
		const out = clauses(LIST_SENTENCE);
		expect(out.length).toBeGreaterThan(0);
		expect(out.filter((c) => /factors untreated|lifestyle factors$/.test(c))).toEqual([]);
		expect(out.every((c) => /together explain about a third of strokes$/.test(c))).toBe(true);
	});

	it('a list the clause goes on after is no place to shorten a long stem', () => {
		const long = `${LIST_SENTENCE.slice(0, -1)} in adults over the age of 45 in northern towns.`;
		expect(shorten(long, long.indexOf('nine') + 4)).toBe(long);
	});

	it('a list closed by the verb still goes alone ("About 480 workers ... will strike")', () => {
		expect(clauses('About 480 workers, including pilots and cabin crew, will strike on Friday.')).toContain('About 480 workers will strike on Friday');
	});
});

describe('p34 (2): a participle aside before the verb of a reported clause is no tail (R1)', () => {
	it('"said a second driver, believed to have fled the scene, was being sought" keeps its verb', () => {
		const out = clauses('Officials in Tarnow, who are running the inquiry, said a second driver, believed to have fled the scene, was being sought.');
		expect(out).not.toContain('Officials in Tarnow said a second driver');
		expect(out).toContain('Officials in Tarnow said a second driver, believed to have fled the scene, was being sought');
	});
});

describe('p34 (3): a study’s finding keeps its source (R6)', () => {
	it('", according to a large Swedish study" is not cut off the finding', () => {
		const out = clauses('Adults who cycled to work were about 18% less likely to have a heart attack over ten years, according to a large Swedish study published on Monday.');
		expect(out.length).toBeGreaterThan(0);
		expect(out.every((c) => /according to a large Swedish study/.test(c))).toBe(true);
	});

	it('nor is it cut off when a long stem is shortened', () => {
		const long = 'Cycling to work at least three days a week cut the risk of a heart attack over the following ten years by about 18% for adults in their fifties, according to a large Swedish study published on Monday.';
		expect(shorten(long, long.indexOf('18%') + 3)).toBe(long);
	});
});

describe('p34 (4): a relative clause never runs past another name’s relative (R1)', () => {
	it('"X, who received eight years, and Y, ..., who was sentenced" states no clause of X', () => {
		const sentence = 'Nine other defendants were also convicted on Monday, including the former deputy mayor, Carlos Mendes Rocha, who received eight years, and trader Joao Batista Filho, owner of a haulage firm, who was sentenced to 12 years and three months.';
		expect(relativeClauses(sentence, sentence.length - 1, extractFacts(sentence)).map((c) => c.text)).toEqual([]);
	});

	it('a relative that closes on the main verb is still stated', () => {
		const sentence = 'The mayor, Ana Ruiz, who took office in 2021, said the town would rebuild.';
		expect(relativeClauses(sentence, sentence.length - 1, extractFacts(sentence)).map((c) => c.text)).toEqual(['Ana Ruiz took office in 2021']);
	});
});

describe('p34 (5): a saint’s name is no person of the story (R8)', () => {
	it('"a depiction of Saint Peter Martyr" types no person', () => {
		const facts = extractFacts('The panel, a depiction of Saint Peter Martyr attributed to the painter Lorenzo Vitelli, was taken from the church in 2023.');
		expect(facts.filter((f) => f.type === 'person').map((f) => f.text)).toEqual(['Lorenzo Vitelli']);
	});
});

describe('p34 (6): a party named a congress is a party, never swapped for a parliament (R8, R1)', () => {
	it('"National Democratic Congress" is no legislature', () => {
		expect(sameOrgKind('National Democratic Congress', 'Parliament')).toBe(false);
		expect(sameOrgKind('National Democratic Congress', 'People’s Liberation Party')).toBe(true);
		expect(sameOrgKind('Congress', 'Parliament')).toBe(true);
	});
});

describe('p34 (7): the home place is never written in before a stem that points back (R4, R6)', () => {
	const title = 'Brisk cycling linked to fewer strokes in large Finnish study';
	const body = [
		'People in their 50s who cycled for at least 20 minutes on most days were about 22% less likely to have a stroke over the following decade than those who did not, according to a large Finnish study published on Tuesday.',
		'Researchers at the University of Oulu followed 30,118 adults in Finland who joined the study between 2010 and 2013.',
		'Over an average follow-up of 9.6 years, 1,412 of them had a stroke.',
		'The study was funded by the Finnish Heart Foundation, which paid for 400 bicycles for the trial in Finland.',
		'Each bicycle carried a sensor that logged about 80 rides a month.',
		'Cycling rates in Finland have risen by 12% since 2015, the transport ministry in Finland said.'
	];

	it('"1,412 of them had a stroke" is not written "In Finland, ..."', () => {
		const stems = stemsMatching(title, body, /1,412 of them|of _____ years/);
		expect(stems.filter((w) => w.check === '' && /^In Finland/.test(w.stem))).toEqual([]);
	});

	it('"1,412 of them" after a follow-up of years is refused, its source kept or not', () => {
		const stems = stemsMatching(title, [...body.slice(0, 2), 'Over an average follow-up of 9.6 years, 1,412 of them had a stroke, according to the paper in the journal Nordic Heart.', ...body.slice(3)], /1,412 of them|of them had a stroke/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.filter((w) => w.check === '')).toEqual([]);
	});

	it('"Each bicycle carried ..." is not written "In Finland, each bicycle ..."', () => {
		expect(stemsMatching(title, body, /^In Finland, each/).filter((w) => w.check === '')).toEqual([]);
	});
});

describe('p34 (8): a "she" that a quote’s speaker carries on is not the article’s subject (R6)', () => {
	const title = 'Hearing clinics linked to slower memory loss in Norwegian study';
	const body = [
		'Older adults who visited a hearing clinic within a year of diagnosis had slower memory loss, according to a study published on Monday by researchers in Norway.',
		'Dr. Ingrid Solberg, the study’s lead author, said the team followed 52,300 adults for ten years.',
		'Solberg said the effect was largest among people who started early.',
		'Solberg added that 61% of those diagnosed had visited a clinic.',
		'Dr. Clara Whitfield, a neurologist in Bristol who was not involved, called the study careful.',
		'"It is a useful result," she said. "But we need a trial before we tell people it protects memory."',
		'She was referring to a small trial in Canada, published in 2022, which found no overall effect.',
		'Solberg said her group would begin a trial of about 1,500 people next spring.'
	];

	it('"She was referring ..." is never written as Solberg’s', () => {
		expect(stemsMatching(title, body, /referring/).filter((w) => /Solberg/.test(w.stem))).toEqual([]);
	});
});

describe('p34 (9): the day’s index move under a headline about one company’s shares is a footnote (R7)', () => {
	const body = [
		'Norvane Optics cut its full-year operating profit forecast by 18% on Tuesday, blaming a slump in orders from carmakers in Germany.',
		'The Osaka-based lens maker now expects a profit of 31 billion yen for the year to March, down from 38 billion yen.',
		'Its shares closed down 9.2% at 2,140 yen. The benchmark Nikkei share average rose 0.4%.',
		'Chief executive Haruto Sembe said the company would cut 600 jobs in Japan by 2027.'
	];

	it('"The benchmark Nikkei share average rose ..." is never asked', () => {
		const stems = stemsMatching('Norvane Optics cuts profit forecast as car orders slump; shares tumble 9%', body, /Nikkei/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.filter((w) => w.check === '')).toEqual([]);
	});
});
