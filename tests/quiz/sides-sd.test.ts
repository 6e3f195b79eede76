import { describe, expect, it } from 'vitest';
import { itemsOf } from './report';

// an invented match report: Harwick beat Stenford, whose manager's quotes are the losers' words
const match = [
	'Harwick striker Tomas Brady headed a 90th-minute winner at Kiln Road on Saturday as Harwick Albion beat Stenford United 2-1 to go top of the table.',
	'"We kept going, I just attacked the ball and it flew in," Brady said. "The lads never stopped believing."',
	'Harwick chairman Neil Castell said the club would now push for promotion. "This squad has earned every point it has this season," Castell said.',
	'Stenford manager Paul Renner said his players had matched the leaders for long spells.',
	'"Credit to Harwick, but we gave them two goals from set pieces and you cannot do that against the top side," Renner said.',
	'"To concede like that, after we had worked so hard for an hour, is a sickener," he added.',
	'Stenford captain Ivan Mercer said the dressing room was quiet. "We let ourselves down at the end and we know it," Mercer said.'
];

describe('a false speaker of a quote from a contest is on the quote\'s side (QUALITY.md R8)', () => {
	const stems = itemsOf('Brady header sends Harwick top', match, 20).map((i) => i.stem);

	it('never gives the losers\' words to the winning scorer or to the winners\' chairman', () => {
		expect(stems.filter((s) => /^(?:Tomas Brady|Neil Castell) said: “(?:Credit to Harwick|To concede like that|We let ourselves down)/.test(s))).toEqual([]);
	});

	it('never gives the winning scorer\'s words to the losers\' captain or manager', () => {
		expect(stems.filter((s) => /^(?:Ivan Mercer|Paul Renner) said: “We kept going, I just attacked/.test(s))).toEqual([]);
	});
});
