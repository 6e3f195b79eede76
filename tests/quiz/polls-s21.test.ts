import { describe, expect, it } from 'vitest';
import { filler, reportOf, written } from './report';

describe('a poll’s or a projection’s share stays the estimate’s (QUALITY.md R6)', () => {
	const night = [
		'Voters in Norway went to the polls on Monday in a closely fought parliamentary election.',
		'According to the exit poll by broadcaster NRK, the Labour Party stayed Norway’s largest party with 27.4 percent, up from 26.3 percent in 2021.',
		'The Progress Party took 21.6 percent. The Conservatives slipped to 14.2 percent from 20.4 percent.',
		'The Greens scored 4.1 percent, just above the threshold.',
		'Prime Minister Kari Lund said the result showed that voters wanted stability after four difficult years.',
		'Unemployment in Norway fell to 3.9 percent in August, Statistics Norway said.'
	];
	const stems = () => written(reportOf('Labour leads in Norway exit poll', [...night, ...filler]));

	it('asks no share of a sentence that goes on with the exit poll’s figures', () => {
		const carried = stems().filter((w) => /Progress Party took|Conservatives slipped|Greens scored/.test(w.stem));
		expect(carried.length).toBeGreaterThan(0);
		for (const w of carried) expect(w.check, w.stem).not.toBe('');
	});

	it('still asks a share with a source of its own after the poll', () => {
		expect(stems().filter((w) => w.check === '').map((w) => w.stem)).toContainEqual(expect.stringMatching(/^Unemployment in Norway fell to _____/));
	});

	it('never cuts a trailing poll or projection from a share, and keeps a stem that names it', () => {
		const tail = [
			'Voters in Norway went to the polls on Monday in a closely fought parliamentary election.',
			'The Labour Party won 27.4 percent in Norway, an exit poll by NRK showed.',
			'The Red Party won 5.3 percent in Norway, according to projections by TV2.',
			'The Greens took 4.1 percent in Norway, the projection showed.'
		];
		const all = written(reportOf('Labour leads in Norway exit poll', [...tail, ...filler]));
		const cut = all.filter((w) => /^The (?:Labour|Red) Party won [^,]*\.$/.test(w.stem));
		expect(cut.length).toBeGreaterThan(0);
		for (const w of cut) expect(w.check, w.stem).toBe('R6');
		expect(all.filter((w) => w.check === '').map((w) => w.stem)).toContainEqual(expect.stringMatching(/^The Greens took _____ percent in Norway, the projection showed\.$/));
	});
});
