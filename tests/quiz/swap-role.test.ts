import { describe, expect, it } from 'vitest';
import { itemsOf, wrongOf } from './report';

const title = 'Kestrels beat Ospreys 4-1 as scoring drought ends';
const report = [
	"Hours before Lars Halvorsen's two-goal performance Friday, Kestrels coach Dana Whitlock expressed confidence in the veteran winger, saying he always finds a way to start scoring.",
	"\"He's playing well now, he's getting a little bit of confidence back,\" Whitlock said before the Kestrels' 4-1 win over the Ospreys in front of 9,300 at Ridgeway Arena.",
	'Halvorsen scored in the first period and again in the second to end a run of 14 games without a goal.',
	"Defenseman Rory Callan had scored earlier for the Kestrels before winger Milo Varga's empty-net goal sealed it.",
	'Meanwhile, Kestrels goalie Tomas Ebbesen, who subbed for the struggling Anders Kolstad, looked strong in his 10th outing this season, stopping 30 shots.',
	'Ospreys forward Mikko Laine spoiled his shutout bid 17:46 into the third period.',
	'Whitlock said Halvorsen had been working on his shot in practice for weeks.'
];

// tester-55: "Hours before Devan Dubnyk's two-goal performance Tuesday, Wild coach Bruce Boudreau expressed confidence in
// the veteran winger" put the team's goalie where the sentence itself calls the key a winger (R8)
describe('a person swapped into a false statement', () => {
	it('is never put where another phrase of the sentence refers back to the key by role', () => {
		expect(wrongOf(itemsOf(title, report, 12), 'the veteran winger').filter((w) => /veteran winger/.test(w))).toEqual([]);
	});
});
