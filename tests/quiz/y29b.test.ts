import { describe, expect, it } from 'vitest';
import { filler, reportOf, written } from './report';

// a lead that names the thing and then calls it "a project", so that a later "The project" means it
const port = [
	'Chile’s government on Monday approved a 900 billion peso ($950 million) expansion of the Punta Arenal container terminal in the southern city of Valdoria, a project ministers say will double the region’s exports.',
	'The terminal is run by a consortium led by the shipping group Marisur, which will pay for most of the work.',
	'Construction is due to begin in September, and the first new berths are scheduled to open in 2029.',
	'The project is expected to create about 2,600 construction jobs and 1,100 permanent positions, the ministry said.',
	'Fishing groups in the bay have objected to the dredging, saying it will harm their catch.',
	...filler
];
const title = 'Chile approves $950 million expansion of Valdoria container terminal';

describe('a lead project named by what it renames', () => {
	it('writes "The project" as the expansion the lead names before ", a project"', () => {
		const stems = written(reportOf(title, port)).filter((w) => w.check === '').map((w) => w.stem);
		expect(stems.some((s) => /^The expansion of the Punta Arenal container terminal is expected to create about (?:_____|2,600) construction jobs/.test(s))).toBe(true);
		expect(stems.filter((s) => /^The project\b/.test(s))).toEqual([]);
	});

	it('writes a capitalised name the appositive follows ("the Tern Point wind farm, a project")', () => {
		const wind = port.map((p, i) => (i === 0 ? 'Chile’s government on Monday approved the Tern Point wind farm off the southern coast, a project ministers say will double the region’s clean power.' : p));
		const stems = written(reportOf(title, wind)).filter((w) => w.check === '').map((w) => w.stem);
		expect(stems.some((s) => /^The Tern Point wind farm is expected to create about (?:_____|2,600) construction jobs/.test(s))).toBe(true);
	});

	it('leaves "The project" for the R4 check where the thing before ", a project" has no name', () => {
		const bare = port.map((p, i) => (i === 0 ? 'Chile’s government on Monday approved a 900 billion peso ($950 million) expansion of the container terminal in the southern city, a project ministers say will double the region’s exports.' : p));
		const stems = written(reportOf(title, bare)).filter((w) => w.check === '').map((w) => w.stem);
		expect(stems.filter((s) => /(?:is|are) expected to create about/.test(s))).toEqual([]);
	});
});
