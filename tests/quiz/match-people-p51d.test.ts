import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/quiz/facts';
import { teamBefore, teamsOf } from '../../src/lib/quiz/goalkeepers';
import { personRoles } from '../../src/lib/quiz/person-roles';
import { itemsOf } from './report';

const rolesOf = (sentences: string[]) => personRoles(sentences, sentences.map((s) => extractFacts(s)));

const report = [
	'Penhallow Rovers beat Tregarn 23-18 at Castle Meadow on Saturday to move Alan Pascoe\'s side up to third in the league.',
	'Rovers led 10-3 at the break after winger Peter Hallam crossed in the corner and fly-half Owen Hartley kicked a penalty.',
	'Tregarn lock Daniel Castell was shown a yellow card in the 52nd minute for killing the ball at a ruck.',
	'Tregarn flanker Simon Redvers scored twice in the final quarter to give the visitors hope.',
	'Tregarn prop Martin Cole went off injured before half-time.',
	'Tregarn centre Luke Penrose was held up over the line in the last minute.',
	'Hartley kicked the conversion that sealed the win with four minutes left.',
	'Tregarn\'s director of rugby, Graham Yelland, said his players had given everything.',
	'"We were brave, and that is what I asked for," Pascoe said.'
];

describe('the people of a match report, by part and by team (R8)', () => {
	it('reads a director of rugby, and the one whose side it is, as running a team', () => {
		const roles = rolesOf(report);
		expect(roles.get('Yelland')).toBe('coaching');
		expect(roles.get('Pascoe')).toBe('coaching');
		expect(roles.get('Castell')).toBe('sport');
		expect(roles.get('Redvers')).toBe('sport');
	});

	it('files rugby positions and a club\'s director under their team, and reads the team a stem names before a slot', () => {
		const text = report.join('\n\n');
		const teams = teamsOf(text);
		expect(teams.get('Castell')).toBe('Tregarn');
		expect(teams.get('Yelland')).toBe('Tregarn');
		expect(teams.get('Cole')).toBe('Tregarn');
		expect(teamBefore(text, 'Tregarn lock ')).toBe('Tregarn');
		expect(teamBefore(text, 'In the 52nd minute, lock ')).toBeUndefined();
	});

	it('offers only Tregarn players for "Tregarn lock ___", none of the winners nor their coach', () => {
		const asked = itemsOf('Penhallow Rovers edge Tregarn to climb to third', report, 6).filter((i) => i.options && i.options.length > 1 && /Tregarn lock _____/.test(i.stem));
		expect(asked.length).toBeGreaterThan(0);
		for (const item of asked) for (const o of item.options!) expect(['Daniel Castell', 'Simon Redvers', 'Martin Cole', 'Luke Penrose']).toContain(o);
	});
});
