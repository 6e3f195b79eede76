import { describe, expect, it } from 'vitest';
import { cutNeededClause } from '../../src/lib/quiz/cut-stems';
import { additionWithoutBase, ownerlessProcess, undefinedGroup } from '../../src/lib/quiz/outside-bases';
import { checksOf } from './report';

/** Every check of the stems matching `pattern`, at least one of them written. */
function checks(title: string, paragraphs: string[], pattern: RegExp): string[] {
	const found = checksOf(title, paragraphs, pattern);
	expect(found.length, String(pattern)).toBeGreaterThan(0);
	return found;
}

// Stems whose reference point is in another sentence, which R4 let through on the dev164s and dev165s sets (QUALITY.md R4).
describe('a stem whose reference point only another sentence gives', () => {
	it('refuses "N minutes later" and a "then" of sequence with no event before them, and keeps one counted from the stem\'s own minute', () => {
		const paragraphs = [
			'Dunmore Athletic came from behind to beat Carrick Vale 2-1 in the Shield semi-final at Quarry Road on Saturday.',
			'Carrick Vale led through a Piotr Lanski penalty in the 51st minute.',
			'Kwame Oyelaran equalised 11 minutes later, heading in a corner from Dale Price, and the crowd of 4,318 sensed a comeback.',
			'Goalkeeper Rhys Tandy then made three saves in the last 10 minutes to keep Dunmore level.'
		];
		expect(checks('Dunmore reach Shield final', paragraphs, /^Kwame Oyelaran equalised 11 minutes later/)).not.toContain('');
		expect(checks('Dunmore reach Shield final', paragraphs, /^Goalkeeper Rhys Tandy then made/)).not.toContain('');
		const anchored = ['Dunmore Athletic beat Carrick Vale 2-1 in the Shield semi-final at Quarry Road on Saturday.', 'Piotr Lanski scored in the 51st minute and Kwame Oyelaran equalised 11 minutes later, and the crowd of 4,318 sensed a comeback.'];
		expect(checks('Dunmore reach Shield final', anchored, /^Piotr Lanski scored in the 51st minute/)).not.toContain('R4');
	});

	it('refuses a "there" whose only place before it is the one someone came from', () => {
		const paragraphs = [
			'Mirela Stanciu, the weaver who revived the carpet looms of Vadu Crișului, has died aged 88.',
			'For decades the village had made little more than rag rugs for local markets.',
			'By the time Stanciu came back from Italy in 1991, only four looms were still working there.'
		];
		expect(checks('Mirela Stanciu, weaver, dies at 88', paragraphs, /still working there/)).not.toContain('');
	});

	it('refuses an addition to a count the stem never gives, and keeps one whose base the stem gives', () => {
		expect(additionWithoutBase('Another 9 people died when a bridge collapsed near the market.')).toBe(true);
		expect(additionWithoutBase('Detectives traced another £_____ to accounts in Cyprus.')).toBe(true);
		expect(additionWithoutBase('The other 14 clubs voted against the plan.')).toBe(true);
		expect(additionWithoutBase('The firm will open _____ more branches in Wales.')).toBe(true);
		expect(additionWithoutBase('About £2m went on a house in Spain, with a further £_____ spent on cars.')).toBe(false);
		expect(additionWithoutBase('The firm has 40 branches and will open _____ more branches in Wales.')).toBe(false);
		expect(additionWithoutBase('The minister will serve another two years before the election.')).toBe(false);
		expect(additionWithoutBase('The rest of the squad trained indoors on Friday.')).toBe(false);
		expect(additionWithoutBase('The rest were taken to hospital in Derby.')).toBe(true);
		expect(additionWithoutBase('Of the 60 workers at the depot, _____ were laid off and the rest moved to Hull.')).toBe(false);
		expect(additionWithoutBase('Of the _____ climbers, two turned back and the rest reached the summit.')).toBe(false);
		expect(additionWithoutBase('The team used the rest day to train in the hills above Gap.')).toBe(false);
	});

	it('refuses an ordered or "other" group of a study that the stem never defines', () => {
		expect(undefinedGroup('At the end of the year, children in the first group read _____ words a minute faster.')).toBe(true);
		expect(undefinedGroup('Patients in the other arm had fewer falls.')).toBe(true);
		expect(undefinedGroup('Children in the first group, who used the reading app, read _____ words a minute faster.')).toBe(false);
		expect(undefinedGroup('Half the children used the app, and the other group read from books.')).toBe(false);
	});

	it('refuses a bare recruitment or enrolment as a subject with nothing saying for what, and keeps one that says it', () => {
		expect(ownerlessProcess('Dr Okafor said he hoped recruitment could start in late _____.')).toBe(true);
		expect(ownerlessProcess('Enrolment will open in _____, the university said.')).toBe(true);
		expect(ownerlessProcess('Dr Okafor said recruitment for the trial could start in late _____.')).toBe(false);
		expect(ownerlessProcess('Dr Okafor said recruitment could start in late _____ for the new trial.')).toBe(false);
		// (construction in a story about one building is that building's, which readers pass)
		expect(ownerlessProcess('Marta Lind said construction is expected to begin in spring 2028.')).toBe(false);
	});

	it('refuses an obligation or a notice cut from the clause that says what it is for', () => {
		const opening = 'Before the charge can be collected, the council must consult residents and give 12 weeks\' notice.';
		expect(cutNeededClause('Harlow Council must consult residents and give _____ weeks\' notice.', opening)).toBe(true);
		const closing = 'The council must give 12 weeks\' notice before the charge can be collected.';
		expect(cutNeededClause('The council must give _____ weeks\' notice.', closing)).toBe(true);
		expect(cutNeededClause('Before the charge can be collected, the council must give _____ weeks\' notice.', opening)).toBe(false);
		// a key inside the opening clause, blanked, leaves the clause written
		const keyInClause = 'Until the bridge reopens in March, the ferry must run every 20 minutes.';
		expect(cutNeededClause('Until the bridge reopens in _____, the ferry must run every 20 minutes.', keyInClause)).toBe(false);
		expect(cutNeededClause('Until the bridge reopens in March, the ferry must run every _____ minutes.', keyInClause)).toBe(false);
		expect(cutNeededClause('The ferry must run every _____ minutes.', keyInClause)).toBe(true);
		// ("after a jury convicted him" says when, and no obligation asks for it)
		expect(cutNeededClause('Reid was jailed for _____ years.', 'Reid was jailed for six years after a jury convicted him of fraud.')).toBe(false);
	});

	it('refuses the notice stem in a generated quiz', () => {
		const paragraphs = [
			'Harlow Council has voted to bring in a £3 charge for overnight parking at its seafront car parks from next spring.',
			'Before the charge can be collected, Harlow Council must consult residents and give 12 weeks\' notice.'
		];
		expect(checks('Harlow to charge for seafront parking', paragraphs, /must consult residents and give/)).not.toContain('');
	});
});
