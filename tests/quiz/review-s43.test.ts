import { describe, expect, it } from 'vitest';
import { possessiveAfter } from '../../src/lib/quiz/words';
import { filler, reportOf, written } from './report';

// A reviewer's cases on the session-43 merge: each kept a false or broken stem, or refused a good one.
const kept = (title: string, paragraphs: string[], pattern: RegExp) => written(reportOf(title, [...paragraphs, ...filler])).filter((w) => !w.check && pattern.test(w.stem)).map((w) => w.stem);

describe('review of the session-43 merge', () => {
	it("writes the vote's place into no national figure and no other town's vote (R6)", () => {
		const stems = kept('Wiśniewska wins Gdańsk mayoral runoff as Poland votes', ['Anna Wiśniewska won the mayoral runoff in Gdańsk on Sunday as Poland held local elections.', 'Civic Coalition candidates won 31.2% of the vote nationwide, the electoral commission said.', 'Wejherowo’s mayor, Piotr Zan, won 61.4% of the vote.', 'Nationwide turnout was 48.2%, the electoral commission said.'], /./);
		expect(stems.filter((s) => /^In Gdańsk, (?:Civic|Wejherowo|[Nn]ationwide)/.test(s))).toEqual([]);
	});

	it('reads "the company said" as no body a lone capitalised word opens on (R4)', () => {
		const stems = kept('Copper miner pauses output at two sites', ['Halvard Mining and its rival Oster Metals both reported lower copper output on Monday.', 'Output will halt for six weeks from March at both mines in Katanga, the company said on Monday.', 'Workers will lose 300 jobs in Katanga, the company said.'], /the company said/);
		expect(stems).toEqual([]);
	});

	it('keeps "afterwards" where the stem says after what, and a plan over "the next" years', () => {
		expect(kept('Firm collapses after founder quits', ['Tom Reyes resigned as chief executive of Brightwell Foods in March 2019.', 'Reyes resigned in March and Brightwell Foods laid off 400 workers soon afterwards.'], /afterwards/).length).toBeGreaterThan(0);
		expect(kept('Leeds plans homes for teachers', ['Leeds City Council approved a housing plan on Monday after a long debate.', 'In the next four years Leeds City Council will build 200 homes for retired nurses.'], /^In the next four years/).length).toBeGreaterThan(0);
	});

	it("asks a numbered item that states a figure ('1. Leeds spent £4 million on pothole repairs.')", () => {
		expect(kept('Council sets out three road priorities', ['The council published its road plan on Monday after a year of consultation with residents.', '1. Leeds spent £4 million on pothole repairs.', '2. Bus fares rise 5% in April.'], /pothole/).length).toBeGreaterThan(0);
	});

	it('reads a closing quote mark before a verb as no possessive (R1)', () => {
		expect(possessiveAfter('Harwell Foods', 'Kettering', '’ was launched in 2019')).toBe('’ was launched in 2019');
		expect(possessiveAfter('Harwell Foods', 'Kettering', '’ profits fell')).toBe('’s profits fell');
	});
});
