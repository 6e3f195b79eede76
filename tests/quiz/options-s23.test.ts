import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/quiz/facts';
import { personOptionFault } from '../../src/lib/quiz/person-options';
import { pastYearCeiling } from '../../src/lib/quiz/plausible';
import { personRoles } from '../../src/lib/quiz/person-roles';
import { whichFirstFailure } from '../../src/lib/quiz/which-first';
import { checksOf, whichFirstOf } from './report';

const names = (text: string, persons: [string, string][]) => ({ text, persons: persons.map(([t, surname]) => ({ text: t, surname })), organisations: new Set<string>() });

describe('person options of the right kind (R8)', () => {
	// holdout68: "Commissioner" of "the Chief Labour Commissioner" offered as who said a passenger's words
	it('reads a title, a field and an office noun as an office, no person', () => {
		const facts = extractFacts('The guild called the strike after talks with the management at the office of the Chief Labour Commissioner broke down.');
		expect(facts.filter((f) => f.type === 'person')).toEqual([]);
		expect(extractFacts('Chief Inspector Laura Dunne said the road would reopen.').find((f) => f.type === 'person')?.text).toBe('Laura Dunne');
	});

	// holdout69: "Peller" of "a summit finish on Monte Peller" offered as a rider
	it('refuses a name the article writes only as a place', () => {
		const text = 'The stage ends with a summit finish on Monte Peller. Sfondrini lost 58sec. Hendry and Etxeberria finished together.';
		const giro = names(text, [['Monte Peller', 'Peller'], ['Sfondrini', 'Sfondrini'], ['Hendry', 'Hendry'], ['Etxeberria', 'Etxeberria']]);
		expect(personOptionFault({}, giro, ['Sfondrini', 'Hendry', 'Peller', 'Etxeberria'])).toBe('R8');
		expect(personOptionFault({}, giro, ['Sfondrini', 'Hendry', 'Etxeberria'])).toBeUndefined();
		// a surname written alone as someone's stays a person ("a pass from Ben Saka ... Saka scored")
		const saka = names('The goal came from a pass from Ben Saka. Saka scored later. Hendry and Etxeberria watched.', [['Ben Saka', 'Saka'], ['Saka', 'Saka'], ['Hendry', 'Hendry'], ['Etxeberria', 'Etxeberria']]);
		expect(personOptionFault({}, saka, ['Saka', 'Hendry', 'Etxeberria'])).toBeUndefined();
	});

	// holdout69: the sheriff and the school superintendent offered as the inmate held on robbery charges
	it('gives a sheriff opening a sentence and a school superintendent a role, so neither stands for an inmate', () => {
		const sentences = [
			'Sheriff Darrell Hinkle identified the men as Travis Lee Odom, 34, of Cuba, and Marcus Delgado-Reyes, 27, of Sullivan.',
			'The district kept students indoors at recess as a precaution, Superintendent Angela Marsh said.',
			'Detective Superintendent Mark Reddy said the search would go on.'
		];
		const facts = sentences.map((s) => extractFacts(s));
		expect(facts[0].find((f) => f.type === 'person')?.text).toBe('Darrell Hinkle');
		const roles = personRoles(sentences, facts);
		expect(roles.get('Hinkle')).toBe('security');
		expect(roles.get('Marsh')).toBe('public');
		expect(roles.get('Reddy')).toBe('security');
		expect(roles.has('Odom')).toBe(false);
	});
});

describe('questions worth asking (R7)', () => {
	// holdout69: "Odom is 6 feet 1, about _____ pounds" and "Who is 5 feet 8, about 160 pounds?"
	it('asks nothing of a wanted man’s build', () => {
		const checks = checksOf('Two inmates escape county jail through ceiling', [
			'Two inmates broke out of the Crawford County Jail early Monday by climbing through a ceiling vent, Sheriff Darrell Hinkle said.',
			'Travis Odom is 6 feet 1, about 210 pounds, with a shaved head and a tattoo of a spider web on his left elbow.'
		], /about _____/);
		expect(checks.length).toBeGreaterThan(0);
		for (const check of checks) expect(check).toBe('R7');
	});

	// holdout69: "the Supreme Toto 6/58 jackpot had been reset to RM_____mil": the closing note of a win
	it('asks nothing of a jackpot reset or the next draw', () => {
		const checks = checksOf('Lorry driver scoops RM38.6mil Supreme Toto jackpot', [
			'A lorry driver from Kedah has won the RM38.6mil Supreme Toto 6/58 jackpot with numbers based on his family members’ birthdays.',
			'Sports Toto said the Supreme Toto 6/58 jackpot had been reset to RM2mil, with the next draw on Saturday.'
		], /reset to/);
		expect(checks.length).toBeGreaterThan(0);
		for (const check of checks) expect(check).toBe('R7');
	});

	// holdout68: "Gauteng's population rose to 16.9 million, up from 15.1 million in _____."
	it('asks not for the year a finding is compared with, wherever the article names it', () => {
		const checks = checksOf('Census 2026: Gauteng’s population grows fastest as South Africa hits 66.1 million', [
			'South Africa’s population has reached 66.1 million, Statistics South Africa said on Tuesday as it released the results of Census 2026, the first count since Census 2022.',
			'The population of Gauteng, the country’s smallest but most populous province, rose to 16.9 million, up from 15.1 million in 2022.',
			'Officials cautioned that Statistics South Africa had changed its definition of a formal dwelling since 2022, making comparisons on housing difficult.'
		], /Gauteng.*in _____\.$|since _____/);
		expect(checks.length).toBeGreaterThan(1);
		for (const check of checks) expect(check).toBe('R7');
	});
});

describe('more questions worth asking and options to believe (session 22 grades)', () => {
	// holdout66: "residents can sign up by texting DCALERT to _____" closed a fire story
	it('asks nothing of service information', () => {
		const checks = checksOf('Ridge fire forces 2,400 homes to evacuate west of Bend', [
			'A wind-driven wildfire west of Bend forced the evacuation of about 2,400 homes on Tuesday, the Deschutes County Sheriff’s Office said.',
			'Evacuation information is available at the sheriff’s website and by text alert; residents can sign up by texting DCALERT to 888777.'
		], /DCALERT|888777/);
		expect(checks).toContain('R7');
		for (const check of checks) expect(check).not.toBe('');
	});

	// holdout67: "Parent Jasmine Ortega, whose _____ son attends Garfield, said ..."
	it('asks not for the age of a quoted parent’s child', () => {
		const checks = checksOf('Measles outbreak grows to 14 cases as Yakima schools exclude unvaccinated pupils', [
			'Yakima County health officials confirmed two more measles cases on Monday, bringing the outbreak to 14, and schools began excluding unvaccinated pupils.',
			'Parent Jasmine Ortega, whose 7-year-old son attends Garfield Elementary, said she had her younger daughter vaccinated on Monday.'
		], /Ortega, whose _____/);
		expect(checks.length).toBeGreaterThan(0);
		for (const check of checks) expect(check).not.toBe('');
	});

	// holdout67: "India recorded its warmest year on record in _____" of a story of May 2026 offered 2026
	it('offers no unfinished year as a whole year’s record', () => {
		expect(pastYearCeiling('India recorded its warmest year on record in ', '2026-05-27', 2030)).toBe(2025);
		expect(pastYearCeiling('The bridge opened in ', '2026-05-27', 2030)).toBe(2030);
	});
});

describe('which-first options that tell their own order (R5)', () => {
	// holdout69: "The clean-up continued" after the stranding; "The vote followed a report ..."
	it('refuses an option whose verb says it came after something', () => {
		expect(whichFirstFailure(whichFirstOf(['A pod of 46 whales stranded on Long Beach', 'The clean-up continued on the beach']))).toBe('R5');
		expect(whichFirstFailure(whichFirstOf(['TDs voted by 88 to 69 for the Bill', 'The vote followed a report from the committee']))).toBe('R5');
		expect(whichFirstFailure(whichFirstOf(['A pod of 46 whales stranded on Long Beach', 'Volunteers refloated 19 of the whales']))).toBeUndefined();
	});
});

describe('idiom read as an event (R1)', () => {
	// holdout68: "Kowalczyk will rue a 73 on Saturday" is the writer's regret over a round played, no future event
	it('asks nothing of a sentence that says someone will rue a result', () => {
		const checks = checksOf('Ashworth holds nerve at Birkdale to win the Open', [
			'Laura Ashworth won the Open at Royal Birkdale on Sunday with a closing 68, two shots clear of Joaquín Ferreyra.',
			'Kowalczyk, the world No 3, will rue a 73 on Saturday.'
		], /Kowalczyk/);
		expect(checks.length).toBeGreaterThan(0);
		for (const check of checks) expect(check).toBe('R1');
	});
});
