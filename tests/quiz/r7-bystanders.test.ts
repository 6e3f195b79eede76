import { describe, expect, it } from 'vitest';
import { itemsOf } from './report';

const title = 'Reyes double lifts Harbury Rovers to third';

/** A match report whose second sentence is `middle`, naming a City defender once, with a winger named elsewhere as the other option. */
function report(middle: string): string[] {
	return [
		'Tom Reyes scored twice in the second half as Harbury Rovers beat Linford City 2-0 at Mill Lane on Saturday to climb to third in the table.',
		middle,
		'Reyes added a second from the penalty spot after winger Joel Adu was fouled in the area.',
		'City manager Karen Doyle said her side had been "second best all afternoon".',
		'"We gave Reyes too much room, and he punished us," Doyle said.',
		'Rovers have now won four of their last five league games.'
	];
}

/** The role items (`described as`) the generator shows over ten seeds about the City defender. */
function defenderRoles(middle: string): string[] {
	return itemsOf(title, report(middle))
		.map((i) => i.stem)
		.filter((s) => /described as a City defender/.test(s));
}

describe('r7: no role asked of a bystander the article names once (QUALITY.md R7)', () => {
	it('asks no role of one named once as the place of another\'s action', () => {
		for (const middle of [
			'The 24-year-old, a summer signing from Ashcombe, cut inside past City defender Marco Bellini and drove a low shot into the far corner in the 58th minute.',
			'The 24-year-old rose above City defender Marco Bellini to head in a corner in the 58th minute.',
			'The 24-year-old slipped between City defender Marco Bellini and the goalkeeper to score in the 58th minute.',
			'The 24-year-old, running from behind City defender Marco Bellini, drove a low shot into the far corner in the 58th minute.'
		]) {
			expect(defenderRoles(middle)).toEqual([]);
		}
	});

	it('still asks the role of one named once who acts in the story', () => {
		expect(defenderRoles('The 24-year-old was brought down by City defender Marco Bellini in the 58th minute.').length).toBeGreaterThan(0);
		expect(defenderRoles('The 24-year-old scored after a mistake by City defender Marco Bellini in the 58th minute.').length).toBeGreaterThan(0);
	});
});
