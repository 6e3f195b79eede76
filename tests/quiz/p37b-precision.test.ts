import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/quiz/facts';
import { teamsOf } from '../../src/lib/quiz/goalkeepers';
import { namedEventYear } from '../../src/lib/quiz/plausible';
import { courtSideAround, courtSidesNamed } from '../../src/lib/quiz/speakers';
import { filler, itemsOf, reportOf } from './report';

/** The facts of one sentence as "type text". */
function factsOf(text: string): string[] {
	return extractFacts(text).map((f) => `${f.type} ${f.text}`);
}

describe('a year that names an event takes no other year (R8)', () => {
	it('"the 2011 eurozone debt crisis" and "Japan\'s 2011 earthquake" name events; "in 2011 floods hit" dates one', () => {
		const year = (sentence: string) => {
			const at = sentence.indexOf('2011');
			return namedEventYear(sentence.slice(0, at), sentence.slice(at + 4));
		};
		expect(year('Lenders had not lost so much since the 2011 eurozone debt crisis, analysts said.')).toBe(true);
		expect(year("Exports fell after Japan's 2011 earthquake closed the port.")).toBe(true);
		expect(year('Turnout was the lowest since the 2011 general election.')).toBe(true);
		expect(year('In 2011 floods hit the valley twice.')).toBe(false);
		expect(year('The firm was sold in 2011 to a rival.')).toBe(false);
	});

	// refused as R8 (no other year fits the event) or, since r4p's rule, as R4 (the year alone says which crisis)
	it('asks no year of "since the 2011 eurozone debt crisis"', () => {
		const report = reportOf('Ashford lender posts record loss', [
			'Ashford Building Society reported a loss of £96 million for the year on Thursday, its first since it was founded in 1889.',
			'Analysts said no British mutual had lost as much since the 2011 eurozone debt crisis, when several wrote down Greek bonds.',
			'The society said it would close 12 branches and cut 300 jobs by the end of next year.',
			...filler
		]);
		expect([...report.quiz.items.map((i) => i.stem), ...report.rejections.filter((r) => r.check !== 'R8' && r.check !== 'R4').map((r) => r.stem)].filter((s) => /_____ eurozone/.test(s))).toEqual([]);
	});
});

describe('a name that goes on with "of the", "for the" or "on" stays whole (R8)', () => {
	it('"the Order of the Niger" gives no country "Niger"', () => {
		expect(factsOf('In 2009 the painter was made a member of the Order of the Niger by the president.')).not.toContain('place Niger');
	});

	it('"the University of the West Indies" gives the body whole, and no place but the town after it', () => {
		const facts = factsOf('She studied law at the University of the West Indies in Kingston before moving to London.');
		expect(facts).toContain('organisation University of the West Indies');
		expect(facts.filter((f) => f.startsWith('place'))).toEqual(['place Kingston', 'place London']);
	});

	it('"the Global Council on Ocean Plastics" and "the Society for the Care of Swans" are whole bodies, never "Global Council" or "Society"', () => {
		expect(factsOf('The Global Council on Ocean Plastics said the ban had come too late.')).toContain('organisation Global Council on Ocean Plastics');
		expect(factsOf('A report by the Society for the Care of Swans found 40 nests had been destroyed.')).toContain('organisation Society for the Care of Swans');
		expect(factsOf('The Northern Council for the Study of the Arctic said the ice had thinned.')).toContain('organisation Northern Council for the Study of the Arctic');
	});

	it('"the Commission on Friday" stays "the Commission"', () => {
		expect(factsOf('The European Commission on Friday said it would open an inquiry.')).toContain('organisation European Commission');
	});
});

describe('no one of the side a statement names is offered as its speaker (R8)', () => {
	it('reads the sides of a trial from the roles around names', () => {
		expect(courtSideAround('Prosecutor ', ' told the jury')).toBe('prosecution');
		expect(courtSideAround('His barrister, ', ' said')).toBe('defence');
		expect(courtSideAround('', ', prosecuting, said')).toBe('prosecution');
		expect(courtSideAround('Judge ', ' said')).toBeUndefined();
		expect([...courtSidesNamed('The prosecution wants you to believe a liar')]).toEqual(['prosecution']);
		expect([...courtSidesNamed('My client has always said he is innocent')]).toEqual([]);
	});

	it('never offers the prosecutor as who attacked the prosecution', () => {
		const items = itemsOf('Councillor denies fraud as trial opens', [
			'A former councillor from Dunmere went on trial on Tuesday accused of stealing £180,000 from a charity he chaired.',
			'Prosecutor Imogen Blackwood told the jury that Peter Haldane had moved the money into his own accounts over three years.',
			'"This was a steady, deliberate theft from people who trusted him," Blackwood said.',
			'Haldane, 58, denies nine counts of fraud.',
			'His barrister, Rupert Onslow, said the prosecution had misread the charity\'s own accounts.',
			'"The prosecution has taken a bookkeeping muddle and called it a crime," Onslow told the jury.',
			'Judge Margaret Ellison said the trial would last about three weeks.',
			'Detective Sergeant Owen Trask said the inquiry had taken 18 months.',
			'"It was a painstaking investigation," Trask said.'
		]);
		const asked = items.filter((i) => i.type === 'who-said' && /The prosecution has taken/.test(i.stem));
		expect(asked.length).toBeGreaterThan(0);
		expect(asked.flatMap((i) => i.options).filter((o) => /Blackwood/.test(o))).toEqual([]);
	});
});

describe("a sports person's options keep the key's team (R8)", () => {
	const REPORT = [
		'Ardley Town beat Corbridge Athletic 2-1 at Mill Lane on Saturday, with captain Lewis Fenn heading the winner in the 85th minute.',
		'Corbridge led after 20 minutes when striker Omar Baptiste turned in a low cross from winger Reece Colley.',
		'Ardley goalkeeper Piotr Nowak saved a penalty from Baptiste just before half-time.',
		'Ardley drew level when midfielder Dylan Acheson scored from a corner taken by winger Jamie Roe.',
		'Fenn then met another corner from Roe to win it.',
		'"We kept going to the end," Ardley manager Colin Brack said.',
		'Corbridge manager Neil Sutter said his side had switched off at set-pieces.',
		'Ardley Town: Nowak; Hale, Fenn, Pryor, Lund; Acheson, Voss, Roe; Dane, Kerr, Tully.',
		'Corbridge Athletic: Ibbotson; Grier, Mott, Cass, Wynn; Colley, Platt, Dorsey; Baptiste, Ames, Rudd.'
	];

	it('files each player and manager under the team the article tells', () => {
		const teams = teamsOf(['Ardley edge Corbridge', ...REPORT].join('\n'));
		expect([teams.get('Fenn'), teams.get('Roe'), teams.get('Brack')]).toEqual(['Ardley Town', 'Ardley Town', 'Ardley Town']);
		expect([teams.get('Baptiste'), teams.get('Colley'), teams.get('Sutter')]).toEqual(['Corbridge Athletic', 'Corbridge Athletic', 'Corbridge Athletic']);
	});

	it('offers no Corbridge player as the taker of an Ardley corner, nor an Ardley player as the taker of a Corbridge penalty', () => {
		const items = itemsOf('Ardley edge Corbridge', REPORT);
		const corbridge = /Baptiste|Colley|Grier|Mott|Cass|Wynn|Platt|Dorsey|Ames|Rudd|Ibbotson/;
		const ardley = /Fenn|Acheson|Roe|Nowak|Hale|Pryor|Lund|Voss|Dane|Kerr|Tully/;
		const corner = items.filter((i) => /corner taken by/.test(i.stem));
		const penalty = items.filter((i) => /penalty from/.test(i.stem));
		expect(corner.length + penalty.length).toBeGreaterThan(0);
		expect(corner.flatMap((i) => [...i.options, i.stem]).filter((o) => corbridge.test(o))).toEqual([]);
		expect(penalty.flatMap((i) => [...i.options, i.stem.replace(/^Ardley goalkeeper Piotr Nowak/, '')]).filter((o) => ardley.test(o))).toEqual([]);
	});
});

describe('Spanish and Portuguese double family names keep their who-said options (R8, R5)', () => {
	it('asks "Galindo Ferrer" among the article\'s other surnames', () => {
		const items = itemsOf('Reservoirs at record low in Andalusia', [
			'Water will be cut for eight hours a day in 14 towns in southern Spain from Monday as reservoirs fell to their lowest level in 30 years.',
			'"We have not seen the dams this empty in living memory," said Tomás Galindo Ferrer, head of the regional water agency.',
			'"Our wells ran dry twice this summer alone," Galindo Ferrer told reporters.',
			'Farmers\' leader Inés Carmona Vidal said growers had lost half their olive harvest.',
			'"Without water there is no harvest and there are no jobs," Carmona Vidal said.',
			'Campaigner Marta Villalobos said the region had planted too many thirsty crops.',
			'"We cannot grow avocados in a desert," Villalobos said.',
			'The meteorologist Javier Moreno said rainfall had been 60% below average since January.',
			'"The models show no real rain for at least a month," Moreno said.'
		]);
		const dams = items.filter((i) => i.type === 'who-said' && /dams this empty/.test(i.stem));
		expect(dams.length).toBeGreaterThan(0);
		expect(dams.every((i) => i.options.length >= 3 && i.options[i.key] === 'Galindo Ferrer')).toBe(true);
	});
});
