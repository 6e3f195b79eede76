import { describe, expect, it } from 'vitest';
import { reportOf, written } from './report';

describe('a name that opens the subject of a how-many question', () => {
	it('keeps its capital where the article capitalises it inside a sentence ("the Leeds Otters")', () => {
		const stems = written(
			reportOf('Otters beat Falcons in overtime', [
				'The Leeds Otters came back from two goals down to beat the Hull Falcons 4-3 on Saturday night.',
				'Otters goalie Sam Reid made 31 saves as the home crowd of 5,200 watched.',
				'The Hull Falcons coach, Mark Dunn, said his side had been tired in the third period.',
				'The two teams meet again in Hull next Friday, when the Falcons hope to end a run of five defeats.'
			])
		).map((w) => w.stem);
		expect(stems).toContain('How many saves did Otters goalie Sam Reid make as the home crowd of 5,200 watched?');
		expect(stems.join('\n')).not.toMatch(/\botters goalie/);
	});
});
