import { describe, expect, it } from 'vitest';
import { stemsMatching } from './report';

const report = [
	'Millbrook Rovers beat Eastwick Town 3-1 in the Shield semi-final at Ferry Lane on Saturday.',
	'Eastwick had led through an early goal from winger Callum Drury.',
	'Millbrook went ahead for the second time in the 64th minute when defender Sean Maddox headed in a corner.',
	'Striker Ola Brandt scored for the first time since March to seal the win in stoppage time.',
	'Millbrook have now won the Shield for the fifth time in six years, a club record.',
	'Manager Rhona Kettle said the crowd of 4,200 had carried her side through the second half.'
];

// tester-55: "Storm went ahead for the _____ time in the 71st minute" (first; fourth/second/third) asked a phrase of the run of play (R7)
describe('an ordinal "for the Nth time" counting a moment within one game', () => {
	it('is refused where it counts a lead taken or a goal scored in the game', () => {
		const checks = [...stemsMatching('Millbrook edge Eastwick to reach Shield final', report, /went ahead for the _____ time/), ...stemsMatching('Millbrook edge Eastwick to reach Shield final', report, /scored for the _____ time/)];
		expect(checks.length).toBeGreaterThan(0);
		expect(checks.every((w) => w.check !== '')).toBe(true);
	});

	it('is still asked where the count is the news', () => {
		expect(stemsMatching('Millbrook edge Eastwick to reach Shield final', report, /Shield for the _____ time/).some((w) => w.check === '')).toBe(true);
	});
});
