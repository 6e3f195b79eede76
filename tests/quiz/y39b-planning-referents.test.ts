import { describe, expect, it } from 'vitest';
import { filler, stemsMatching } from './report';

// a planning story: the plans its lead opens on, the vote on "the scheme" at a named site, the town it is in
const PLANNING = [
	'Plans to build 180 homes on a former quarry near Ledbury have been approved, despite objections from neighbours who say the scheme is far too dense.',
	'Herefordshire Council’s planning committee voted eight to three in favour of the scheme at Hollow Meadows on Monday night.',
	'Residents said the town’s only surgery was already full, and that Ledbury could not take so many new families.',
	'The developer, Wyeside Homes, said 40 per cent of the homes would be affordable.',
	'Work could start in the spring, the company said.'
];

describe('y39b: a plan or a town the stem itself names (R4)', () => {
	it('"the scheme" after a stem that opens on its plans is those plans', () => {
		const stems = stemsMatching('Ledbury quarry homes approved', [...PLANNING, ...filler], /^Plans to build .* homes on a former quarry/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.filter((w) => w.check === 'R4')).toEqual([]);
	});

	it('"the scheme at Hollow Meadows" is the plan its named site says', () => {
		const stems = stemsMatching('Ledbury quarry homes approved', [...PLANNING, ...filler], /voted .* in favour of the scheme at Hollow Meadows/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.filter((w) => w.check === 'R4')).toEqual([]);
	});

	it('"the scheme at a meeting" names no plan, which stays refused', () => {
		const meeting = stemsMatching(
			'Ledbury quarry homes approved',
			['Plans for 180 homes on a former quarry near Ledbury were debated for four hours.', 'Herefordshire Council’s planning committee voted eight to three in favour of the scheme at a meeting at the Shire Hall on Monday night.', ...filler],
			/in favour of the scheme at a meeting/
		);
		expect(meeting.length).toBeGreaterThan(0);
		expect(meeting.every((w) => w.check === 'R4')).toBe(true);
	});

	it('"the town’s" after the one town the stem has named is that town', () => {
		const stems = stemsMatching(
			'Councillors approve 300 homes on Ledbury fields',
			[
				'Plans for 300 new homes on farmland on the western edge of Ledbury have been approved, despite more than 700 objections from residents who say the town’s roads cannot cope.',
				'Ledbury Town Council had objected, saying the homes in Ledbury would need a new school.',
				'The developer, Wyeside Homes, said 40 per cent of the homes would be affordable.',
				...filler
			],
			/^Plans for .* new homes on farmland/
		);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.filter((w) => w.check === 'R4')).toEqual([]);
	});
});
