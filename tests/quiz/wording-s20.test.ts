import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/quiz/facts';
import { simplify } from '../../src/lib/quiz/simplify';
import { withPossessive } from '../../src/lib/quiz/words';
import { written, reportOf, filler } from './report';

/** The stems written for an invented article (kept or rejected), for the wording they carry. */
function stemsOf(title: string, paragraphs: string[]): string[] {
	return written(reportOf(title, [...paragraphs, ...filler])).map((w) => w.stem);
}

describe('session 20 wording: kinds from the holdout56–59 grades', () => {
	it('a source moved inside a question loses a capital that only opened the sentence (R1: "According to Coast guard spokesman", "According to Local officials")', () => {
		const stems = stemsOf('Oil spill spreads along coast', [
			'More than 1,400 workers were deployed on Wednesday, the Philippine Coast Guard said.',
			'Coast guard spokesman Rear Admiral Teodoro Villaruel said about 420,000 liters had leaked so far.',
			'The coast guard said divers had sealed two tanks.',
			'Local officials said about 9,800 fishermen had been kept ashore by the spill.',
			'Health authorities said 214 people were treated for heat exhaustion at the shore.'
		]);
		expect(stems.filter((s) => /According to (?:Coast|Local|Health)\b/.test(s))).toEqual([]);
		expect(stems).toContain('According to coast guard spokesman Rear Admiral Teodoro Villaruel, about how many liters had leaked so far?');
		expect(stems).toContain('According to local officials, about how many fishermen had been kept ashore by the spill?');
	});

	it('a who-question over "X did A and Y did B" asks the first clause alone (R1: "Who opened the scoring at 4:38 and centre Jaxon Miyazaki doubled the lead?")', () => {
		const stems = stemsOf('Ice Dogs win Memorial Cup', [
			'The Brandon Ice Dogs beat the Kamloops Blazers 3-2 in overtime on Sunday night.',
			'Kamloops took a 2-0 lead in the first period.',
			'Defenceman Tanner Grieve opened the scoring on a power play at 4:38 and centre Jaxon Miyazaki doubled the lead at 10:52.',
			'Winger Owen Delorme pulled one back for Brandon early in the second period.',
			'Defenceman Lukas Vorlicek tied the game with a shot from the point in the third period.',
			'Winger Kyle Banerjee scored the winner after two minutes of overtime.'
		]);
		expect(stems.filter((s) => /^Who .* and centre /.test(s))).toEqual([]);
		expect(stems).toContain('Who opened the scoring on a power play at 4:38?');
	});

	it('a stem whose only verb is a relative clause’s is refused, and no role before a name reads as a verb (R1: "Blazers coach Shaun Hagerty, whose team had beaten Brandon ___ ... on May 26.")', () => {
		const stems = stemsOf('Ice Dogs win Memorial Cup', [
			'The Brandon Ice Dogs beat the Kamloops Blazers 3-2 in overtime on Sunday night.',
			'Blazers coach Shaun Hagerty, whose team had beaten Brandon 5-1 in the round-robin stage on May 26, struggled to find words.',
			'Kamloops had won 51 games in the regular season.'
		]);
		expect(stems.filter((s) => /May 26\.$|_____ in the round-robin stage on May 26\.$/.test(s))).toEqual([]);
	});

	it('a list after a colon is never cut after its first item (R1, R6: "set out three immediate priorities: a campaign on social care costs.")', () => {
		const stems = stemsOf('Lib Dems elect new leader', [
			'Harriet Okonjo-Vale was elected leader of the Liberal Democrats on Tuesday with 58% of the vote.',
			'Her victory speech set out three immediate priorities: a campaign on social care costs, which she said now averaged £1,340 a week; a push for proportional representation; and a plan for clean rivers.'
		]);
		expect(stems.filter((s) => /priorities: a campaign on social care costs\.$/.test(s))).toEqual([]);
	});

	it('an "including" list is cut whole or not at all, and an appositive cut before a participle keeps its comma (R1: "29 on the Atlantic side liquefied natural gas carriers", "the 2026 Memorial Cup ending a 28-year wait")', () => {
		const stems = stemsOf('Grounded ship blocks canal', [
			'As of noon Wednesday, 34 ships were waiting on the Pacific side and 29 on the Atlantic side, including container ships, liquefied natural gas carriers and at least two cruise ships, the authority said.',
			'The Brandon Ice Dogs beat the host Kamloops Blazers 3-2 in overtime to win the 2026 Memorial Cup, the Canadian Hockey League\'s championship, ending a 28-year wait for the Manitoba club.'
		]);
		expect(stems.filter((s) => /Atlantic side (?:liquefied|container)|Memorial Cup ending/.test(s))).toEqual([]);
		expect(stems.some((s) => /Memorial Cup, ending a 28-year wait/.test(s))).toBe(true);
	});

	it('an appositive cut before a source keeps the comma, so the name does not fuse with it (R1: "and the Art Loss Register officials said")', () => {
		const clauses = (text: string) => simplify(text, extractFacts(text)).map((c) => c.text);
		expect(clauses('The paintings have been registered with Interpol and the Art Loss Register, a London-based private database, officials said.')).toContain(
			'The paintings have been registered with Interpol and the Art Loss Register, officials said'
		);
		// before a verb of its own name the aside goes with both commas
		expect(clauses('Mayor Bart Somers, a former teacher, also said the museum would reopen on Friday.')).toContain('Mayor Bart Somers also said the museum would reopen on Friday');
	});

	it('a pointer is not written as a name the stem already gives by its first word, and a name in -s takes only an apostrophe (R1: "Vayu\'s passenger numbers ... while Vayu Airlines\'s load factor")', () => {
		const stems = stemsOf('Vayu Airlines posts record profit', [
			'Vayu Airlines reported a record net profit of ₹3,412 crore for the year to March, the airline said on Thursday.',
			'Revenue rose 21 per cent to ₹41,870 crore.',
			'Passenger numbers rose 14 per cent from 5.44 crore in FY25, while the airline\'s load factor averaged 88.7 per cent.'
		]);
		expect(stems.filter((s) => /Airlines[’']s|Vayu[’']s .*Vayu Airlines/.test(s))).toEqual([]);
		expect(withPossessive('Vayu Airlines', "'s")).toBe("Vayu Airlines'");
		expect(withPossessive('Ocado', '’s')).toBe('Ocado’s');
	});
});
