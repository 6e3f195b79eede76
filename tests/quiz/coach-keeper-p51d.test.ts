import { describe, expect, it } from 'vitest';
import { coachedTeam, goalkeepersOf } from '../../src/lib/quiz/goalkeepers';
import { reportOf, filler, written } from './report';

const game = [
	'Hawks forward Leo Carrick scored twice, and Hawks winger Dan Petrie added a third.',
	'Falcons forward Mark Brisco and Falcons center Joel Ramsey replied for the visitors.',
	'Hawks coach Ray Dunmore said his players never stopped believing.'
].join('\n\n');

describe('a coach acts only on his own players (R8)', () => {
	it('reads the team of the coach who pulls or brings on the slot\'s player, null where his team is untold', () => {
		expect(coachedTeam(game, 'Coach Ray Dunmore pulled ')).toBe('Hawks');
		expect(coachedTeam(game, 'Late on, manager Sue Fenwick brought on ')).toBeNull();
		expect(coachedTeam(game, 'Carrick then beat ')).toBeUndefined();
	});
});

describe('a goalkeeper written family name first goes by the family name', () => {
	it('"goaltender Kim Seo-yeon" is keeper Kim, and so is "Goaltender Kim Seo-yeon" opening a sentence', () => {
		expect([...goalkeepersOf('The Hawks started goaltender Kim Seo-yeon, and Falcons goalie Pete Varley made 28 saves.')].sort()).toEqual(['Kim', 'Varley']);
		expect([...goalkeepersOf('The Hawks won in overtime. Goaltender Kim Seo-yeon made 31 saves.')]).toEqual(['Kim']);
	});
});

describe('a comma between a measure and the next before their noun closes no appositive (R1)', () => {
	it('never cuts "a three-year, $2.2 million deal" at its comma', () => {
		const report = reportOf('Hawks striker Ortiz keeps scoring', [
			'The Hawks beat the Falcons 3-1 on Saturday to go top of the league for the first time in 11 years.',
			'Alberto Ortiz scored twice in the first half, and Leo Carrick added a third after the break.',
			'Ortiz, a 31-year-old from Lima who signed a three-year, $2.2 million deal with the Hawks in May, has scored 14 goals this season.',
			...filler
		]);
		const stems = written(report).map((w) => w.stem);
		expect(stems.some((s) => /three-year, \$2\.2 million deal/.test(s) || /three-year, \$_____/.test(s) || /_____ deal with the Hawks/.test(s))).toBe(true);
		expect(stems.filter((s) => /Ortiz (?:\$|_____ deal)/.test(s))).toEqual([]);
	});
});
