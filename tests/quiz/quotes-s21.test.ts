import { describe, expect, it } from 'vitest';
import { itemsOf } from './report';

describe('a quote that ends on a thing it only points at (QUALITY.md R4)', () => {
	it('asks nothing of "I\'d like to borrow some of it.", whose "it" the quote before it names', () => {
		const paragraphs = [
			'Rookie shortstop Marco Delgado hit a two-run homer in the seventh inning as the Brewers beat the Yankees 4-2 on Saturday to lead the World Series three games to two.',
			'"He\'s a kid who doesn\'t know he\'s supposed to be nervous," Brewers manager Dale Henshaw said. "That\'s a gift. I\'d like to borrow some of it."',
			'Yankees manager Tom Pritchard said his hitters had chased too many pitches out of the zone. "We have to be better than that on Monday night," he said.'
		];
		const stems = itemsOf('Delgado homer puts Brewers one win from title', paragraphs).map((i) => i.stem);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.filter((s) => /borrow some of it/.test(s))).toEqual([]);
	});
});
