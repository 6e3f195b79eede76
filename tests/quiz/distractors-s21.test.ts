import { describe, expect, it } from 'vitest';
import { filler, itemsOf, reportOf, written } from './report';

describe('a phrase that sums up a cut aside goes with it', () => {
	// holdout60's "employs about 140 people, many of whom will be kept on ..., a process that
	// typically takes two to four months": the aside cut alone left "140 people a process that ..."
	it('never fuses "a process that" with the noun the aside hung on', () => {
		const report = reportOf('Fire closes Leeds bakery', [
			'The Kirkstall bakery had about 260 workers, many of whom will stay on to help with the clean-up, a process that usually takes three months, the owner said.',
			...filler
		]);
		// unfixed: "... about how many workers did the Kirkstall bakery have a process that usually takes three months?"
		expect(written(report).filter((w) => w.check === '' && /\w a process that/.test(w.stem))).toEqual([]);
		expect(written(report).filter((w) => w.check === '' && /^The Kirkstall bakery had about _____ workers\b/.test(w.stem)).length).toBeGreaterThan(0);
	});
});

describe('a bounded scale keeps its options inside it', () => {
	// holdout61: "ten" and "thirteen" scoreless innings beside "seven" for one starter in one game
	it("offers no more innings than a game has for a pitcher's start", () => {
		const items = itemsOf('Hawks level the series', [
			'Right-hander Caleb Strand threw eight scoreless innings in Game 3 as the Hawks beat the Mariners 2-0 in Portland.',
			'Manager Dale Ortiz said Strand had been the best pitcher in the league all season.'
		]);
		const innings = items.filter((i) => /Strand/.test(i.stem) && /innings/.test(i.stem) && i.type !== 'true-false');
		expect(innings.length).toBeGreaterThan(0);
		for (const item of innings) for (const option of item.options) expect(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']).toContain(option.toLowerCase());
	});
});

describe("a player's position moved inside a question loses its capital", () => {
	// holdout61: "How many outs did Left-hander Rafael Montaño get?", where the article writes "left-hander Tommy Achterberg"
	it('writes "did left-hander Luis Ortega get"', () => {
		const stems = itemsOf('Hawks level the series', [
			'Left-hander Luis Ortega got four outs in the eighth and ninth innings to close out the win for Portland.',
			'The Mariners will start left-hander Tom Becker in Game 4 on Friday night in Seattle.'
		]).map((i) => i.stem);
		expect(stems.filter((s) => /^How many outs did left-hander Luis Ortega get\b/.test(s)).length).toBeGreaterThan(0);
		expect(stems.filter((s) => /did Left-hander/.test(s))).toEqual([]);
	});
});

describe('person options for a stem that names a role hold that role', () => {
	// holdout61: "a sacrifice fly from first baseman ___" offered two pitchers
	it('offers no pitcher for a first baseman', () => {
		const items = itemsOf('Hawks level the series', [
			'A sacrifice fly from first baseman Nate Sorensen made it 2-1 in the sixth inning at Portland.',
			'Right-hander Caleb Strand threw seven innings, and closer Trevor Vance pitched the ninth.',
			'Mariners reliever Andre Mayweather walked two batters in the eighth inning.',
			'Center fielder Jaylen Brooks singled twice, and shortstop Luis Ortega doubled.',
			'Designated hitter Owen Castellano struck out three times for the Mariners.'
		]).filter((i) => /first baseman _____/.test(i.stem) && i.options.length > 1);
		expect(items.length).toBeGreaterThan(0);
		for (const item of items) expect(item.options.filter((o) => /Strand|Vance|Mayweather/.test(o))).toEqual([]);
	});

	// holdout61: "Who said his party had ...?" offered a voter and an academic; the others are named but quote nothing, so
	// the picker's quarter share of quote items (y41a) leaves this one in every seed's quiz
	it('names no one without a party as the one who spoke of "his party"', () => {
		const items = itemsOf('Sweden votes', [
			'Sweden Democrats leader Mattias Granström said his party had "proved once again it is a permanent force in Swedish politics" and repeated a demand for ministerial seats in any new right-wing government.',
			'Nils Åkerlund, a political scientist at Uppsala University, has studied Swedish coalitions for 20 years.',
			'Bengt Sjöholm, a retired engineer in Gothenburg, queued for 40 minutes to vote at his local school.',
			'Johan Ekdahl, a union organiser in Malmö, handed out leaflets outside 12 polling stations.',
			'Prime Minister Anders Holm said he would wait for the final count before talking to other leaders.'
		]).filter((i) => /his party had/.test(i.stem));
		expect(items.length).toBeGreaterThan(0);
		for (const item of items) expect([item.stem, ...item.options].filter((t) => /Åkerlund|Sjöholm|Ekdahl/.test(t))).toEqual([]);
	});
});

describe('a small share beside a figure of its measure keeps its options near both', () => {
	// holdout60: 2.8%, 4.2% and 5.6% (whole multiples) beside a 1.4% growth forecast "up from 1.1%"
	it('offers no growth rate past twice the key', () => {
		const items = itemsOf('Budget speech', [
			'The Treasury now forecasts economic growth of 1.6% in 2026, up from an estimated 1.2% last year, Finance Minister Thandi Mahlangu told parliament.'
		]).filter((i) => /economic growth of _____/.test(i.stem) && i.options.length > 1);
		expect(items.length).toBeGreaterThan(0);
		for (const item of items) for (const option of item.options) expect(parseFloat(option)).toBeLessThanOrEqual(3.2);
	});
});
