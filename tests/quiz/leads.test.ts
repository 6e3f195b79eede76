import { describe, expect, it } from 'vitest';
import { type GenerationReport } from '../../src/lib/quiz/generate';
import { personNounBefore } from '../../src/lib/quiz/pronouns';
import { extractFacts } from '../../src/lib/quiz/facts';
import { simplify } from '../../src/lib/quiz/simplify';
import { reportOf } from './report';

/** The stems of every candidate, kept or rejected, written from the sentence that starts with `opening`. */
function stemsFrom(report: GenerationReport, opening: string): { kept: string[]; rejected: string[] } {
	const index = report.quiz.sentences.findIndex((s) => s.text.startsWith(opening));
	return {
		kept: report.quiz.items.filter((i) => i.source.sentence === index).map((i) => i.stem),
		rejected: report.rejections.map((r) => r.stem).filter((s) => s.includes(opening.split(' ').slice(1, 4).join(' ')))
	};
}

const FILLER = [
	'Karen Walsh, 52, of Leeds, transferred money from Leeds Teaching Hospitals NHS Trust into her own bank accounts over a period of seven years, Leeds Crown Court heard.',
	'The fraud was discovered in 2022, when an auditor noticed 34 payments to a supplier that did not exist.',
	'The trust employs more than 20,000 staff and has an annual budget of £1.4bn.'
];

describe('pronouns whose referent is a person noun of the stem (QUALITY.md R4)', () => {
	it('finds a person noun of the pronoun’s gender or of none before it', () => {
		expect(personNounBefore('A former hospital finance manager has been jailed for six years after stealing £1.2m from the trust ', 'female')).toBe(true);
		expect(personNounBefore('A 10-year-old boy died of measles in Liverpool in July, and ', 'male')).toBe(true);
		expect(personNounBefore('A 10-year-old boy died of measles in Liverpool in July, and ', 'female')).toBe(false);
		expect(personNounBefore('Half a year ago, the president looked finished, and ', 'male')).toBe(false);
		expect(personNounBefore('After two years as a junior minister in the wartime cabinet, ', 'male')).toBe(false);
		expect(personNounBefore('A woman was hurt when ', 'male')).toBe(false);
		expect(personNounBefore('The fraud was discovered in 2022 when ', 'female')).toBe(false);
	});

	it('asks the lead whose "she" is the manager it names, and keeps "the trust she worked for" as written', () => {
		const report = reportOf('Hospital finance manager jailed for stealing £1.2m from NHS trust', [
			'A former Leeds hospital finance manager has been jailed for six years after stealing £1.2m from the trust she worked for.',
			...FILLER
		]);
		const { kept } = stemsFrom(report, 'A former Leeds hospital finance manager');
		expect(kept).toHaveLength(1);
		expect(kept[0]).toMatch(/^A former Leeds hospital finance manager has been jailed for (six|_____|\w+) years after stealing (£1\.2m|_____) from the trust she worked for\.$/);
	});

	it('still refuses "she" when the stem names only a man', () => {
		const report = reportOf('Hospital worker jailed for stealing £1.2m from NHS trust', [
			'A man from Leeds has been jailed for six years after she reported him to the police.',
			...FILLER
		]);
		expect(stemsFrom(report, 'A man from Leeds').kept).toEqual([]);
	});
});

describe('a count after a noun is not "the two" pointing back', () => {
	it('asks "the country lost that status two years later" when the stem names the country', () => {
		const report = reportOf('UK loses measles elimination status as cases rise', [
			'The UK was declared free of endemic measles in 2017, but the country lost that status two years later after outbreaks in several English cities.',
			'Health officials recorded 2,911 confirmed cases in England last year, according to the UK Health Security Agency.',
			'Measles cases in France rose to 1,200 and cases in Spain to 400 last year.'
		]);
		const { kept, rejected } = stemsFrom(report, 'The UK was declared');
		expect(kept).toHaveLength(1);
		expect(rejected).toEqual([]);
	});

	it('asks "for the three months to December" (a count of months), and still refuses "the two" pointing back', () => {
		const report = reportOf('Ad sales lift Marlow Media profit', [
			'Quarterly profits at the broadcaster Marlow Media jumped 68% to $2.41bn for the three months to December, from $1.43bn a year earlier.',
			'The two met in New York on Friday to discuss 450 job cuts at the company.',
			'Shares in the firm rose 14% in early trading in London and 12% in Tokyo.'
		]);
		expect(stemsFrom(report, 'Quarterly profits').kept).toHaveLength(1);
		expect(stemsFrom(report, 'The two met').kept).toEqual([]);
	});
});

describe('an opening pointer written as the article’s fuller phrase (QUALITY.md R4)', () => {
	const LEAD = 'WASHINGTON (AP) — The U.S. Senate on Tuesday passed a $95.3 billion aid package for Ukraine, Israel and Taiwan, sending the bill to the House, where its future is uncertain.';
	const VOTE = 'The package passed by 70 votes to 29 after months of delay, with 22 Republicans joining most Democrats in support.';
	const INCLUDES = 'It includes about $60 billion for Ukraine, $14 billion for Israel’s war against Hamas and $4.8 billion for allies in the Indo-Pacific region.';

	// "The aid package" is the article's fuller phrase, yet it names no package for a stem read alone: the headline's
	// "aid package" is no referent (QUALITY.md R4; the blind readers refused "The whale" under "Rare blue whale ...")
	it('asks the dateline lead, and writes "The package" and a following "It" as "The aid package", which R4 refuses', () => {
		// a headline without the lead's figure and places, which would give its keys away (R5)
		const report = reportOf('Senate passes aid package after overnight session', [LEAD, VOTE, INCLUDES]);
		expect(stemsFrom(report, 'WASHINGTON').kept[0]).toMatch(/^The U\.S\. Senate on Tuesday passed a \$(95\.3|_____) billion aid package for Ukraine, Israel and Taiwan\.$/);
		const rejectedFrom = (opening: string) => report.rejections.filter((r) => r.sentence !== undefined && report.quiz.sentences[r.sentence].text.startsWith(opening));
		for (const [opening, written] of [['The package passed', /^The aid package passed by /], ['It includes', /^The aid package includes about /]] as const) {
			expect(stemsFrom(report, opening).kept).toEqual([]);
			const rejected = rejectedFrom(opening);
			expect(rejected.length).toBeGreaterThan(0);
			for (const r of rejected) {
				expect(r.stem).toMatch(written);
				expect(r.check).toBe('R4');
			}
		}
	});

	it('writes no fuller phrase when the article introduces the noun twice, and asks nothing when "It" stands for nothing', () => {
		const twoOf = (second: string) =>
			reportOf('House and Senate split over aid package', [
				`The House passed a $14 billion military package on Friday, and the Senate drafted a $95 billion ${second} package on Monday.`,
				'The package includes about $60 billion for weapons and 14,000 tonnes of food, officials said.',
				'Senators voted 70 to 29 to begin debate on the measure in Washington after a long night of talks.'
			]);
		for (const second of ['humanitarian', 'military']) {
			const report = twoOf(second);
			const all = [...report.quiz.items.map((i) => i.stem), ...report.rejections.map((r) => r.stem)].join('\n');
			expect(all).toMatch(/The package includes/);
			expect(all).not.toMatch(/(military|humanitarian) package includes/);
		}
		const dummy = reportOf('Senate passes $95.3 billion aid package for Ukraine, Israel and Taiwan', [
			LEAD,
			VOTE,
			'It is unclear whether the House will vote on the $95.3 billion package before 12 March.'
		]);
		expect(stemsFrom(dummy, 'It is unclear').kept).toEqual([]);
	});
});

describe('"It" and "Its" after a sentence that opens on the one organisation it names', () => {
	it('writes "Its" as the organisation’s, and leaves it when the sentence before names two', () => {
		const petition = "The Lawrence Hill Residents' Association had collected 1,200 signatures on a petition against the plans.";
		const members = 'Its membership has grown to 450 households since it was founded in 2019.';
		const one = reportOf('Bristol council approves £120m plan for new homes on former bus depot', [
			'Bristol City Council has approved a £120m plan to build 650 homes on the site of a former bus depot in Lawrence Hill.',
			petition,
			members
		]);
		expect(stemsFrom(one, 'Its membership').kept[0]).toMatch(/^The Lawrence Hill Residents' Association's membership has grown to (450|_____) households since/);
		const two = reportOf('Bristol council approves £120m plan for new homes on former bus depot', [
			'Bristol City Council has approved a £120m plan to build 650 homes on the site of a former bus depot in Lawrence Hill.',
			"The Lawrence Hill Residents' Association had collected 1,200 signatures for Bristol City Council on a petition against the plans.",
			members
		]);
		const all = [...two.quiz.items.map((i) => i.stem), ...two.rejections.map((r) => r.stem)].join('\n');
		expect(all).not.toMatch(/Association's membership|Council's membership/);
	});
});

describe('a sentence-opening "His" or "Her" resolved as "He" or "She"', () => {
	it('writes "His father" as the one man’s father, and leaves it unasked when two men fit', () => {
		const report = reportOf('Kessler says farm reform is his deepest regret', [
			'President Anton Kessler has told the BBC that losing the farm reform vote is his deepest regret in office.',
			'Mr Kessler spoke to the BBC in the palace library on Tuesday before flying to Ghana on Friday.',
			'His father was Ghanaian and the president hopes to visit cousins in Accra.'
		]);
		// written so, kept or not: a false capital abroad ("cousins in Lilongwe") is no longer swapped in (g31b), which may leave it unasked
		expect([...stemsFrom(report, 'His father').kept, ...report.rejections.map((r) => r.stem)].some((s) => /^Anton Kessler's father was Ghanaian and the president hopes to visit cousins in (?:\w+|_____)\.$/.test(s))).toBe(true);
		const two = reportOf('Kessler says farm reform is his deepest regret', [
			'President Anton Kessler has told the BBC that losing the farm reform vote is his deepest regret in office.',
			'Mr Kessler spoke to Mr Paul Brandt in the palace library on Tuesday before flying to Ghana on Friday.',
			'His father was Ghanaian and the president hopes to visit cousins in Accra.'
		]);
		expect(stemsFrom(two, 'His father').kept).toEqual([]);
		expect(two.rejections.map((r) => r.stem).join('\n')).not.toMatch(/Kessler's father|Brandt's father/);
	});
});

describe('"It" after a sentence that opens on the one place it names', () => {
	it('writes "It regained its measles-free status" as "The UK regained its measles-free status"', () => {
		const report = reportOf('UK loses measles elimination status as cases rise', [
			'The UK was declared free of endemic measles in 2017, but the country lost that status two years later after outbreaks in several English cities.',
			'It regained its measles-free status in 2021, when lockdowns cut the spread of measles.',
			'Measles cases in France rose to 1,200 and cases in Spain to 400 last year.'
		]);
		expect(stemsFrom(report, 'It regained').kept[0]).toMatch(/^The UK regained its measles-free status in (2021|_____|\d{4}), when lockdowns cut the spread of measles\.$/);
	});
});

describe('a leading phrase that names where a figure holds (QUALITY.md R4, R6)', () => {
	const mainClause = (sentence: string) => simplify(sentence, extractFacts(sentence)).find((c) => c.kind === 'main')?.text;

	it('keeps "In the Midlands," and drops "In a statement,"', () => {
		expect(mainClause('In the Midlands, 31.5% of households were behind on their energy bills, compared with 24.2% in Wales.')).toBe(
			'In the Midlands, 31.5% of households were behind on their energy bills'
		);
		expect(mainClause('In a statement, the regulator said 4,100 households had been overcharged.')).toBe('The regulator said 4,100 households had been overcharged');
	});
});
