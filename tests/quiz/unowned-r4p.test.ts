import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/quiz/facts';
import { generateWithReport } from '../../src/lib/quiz/generate';
import { undefinedGroup } from '../../src/lib/quiz/outside-bases';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { halfAThought } from '../../src/lib/quiz/quote-runs';
import { nameSides } from '../../src/lib/quiz/sides';
import { ownerlessEvent, saidThatSubject, unnamedPerson, yearOnlyNames } from '../../src/lib/quiz/unowned';

// an invented dig whose finds are a semicolon list, one line of it with a relative clause, and whose
// director's quote goes on in a verbless fragment
const DIG = `Volunteers find Roman bath house under Kettleby car park

Volunteers have uncovered the remains of a Roman bath house beneath a car park in the market town of Kettleby, the county archaeology service said on Friday.

The dig, which began in April, was paid for by a £48,000 grant from a heritage lottery fund and involved 140 volunteers over nine weeks.

Among the finds were a bronze strigil, used to scrape oil from the skin; a glass perfume flask from the Rhineland; a silver coin of the Roman emperor Marcus Aurelius, who ruled from 161 to 180; and 46 bone hairpins in several styles, along with pieces of what may be a wooden comb box.

"When the first wall appeared, everyone went very quiet," said Dr Fenella Roscoe, who led the excavation for the county service. "Then a great deal of cheering."

Dr Roscoe said the bath house was probably built for a wealthy family who owned a villa nearby, and that the site would be covered over again in October to protect it.

Tom Aldred, a retired postman who found the first tile with a metal detector in 2023, said he had searched the field for 11 years before anything turned up.`;

describe('stems that lean on the sentence before, or read broken, from the holdout182 and holdout183 readers (r4p)', () => {
	it('reads a reported "that" with a verb straight after it as a pronoun subject', () => {
		expect(saidThatSubject('The union says that falls short of inflation since 2021 and is seeking _____% over the same period.')).toBe(true);
		expect(saidThatSubject('The mayor argued this would cost the town 200 jobs.')).toBe(true);
		expect(saidThatSubject('The union said that talks were continuing.')).toBe(false);
		expect(saidThatSubject('The mayor said that deal was the best on offer.')).toBe(false);
		// a speaker's own words are theirs
		expect(saidThatSubject('Ms Orr said: “Everyone says that is fine.”')).toBe(false);
	});

	it("refuses an event of a country's history with no country, not one that says whose", () => {
		expect(ownerlessEvent('After independence in _____, he trained as an engineer in Paris.')).toBe(true);
		expect(ownerlessEvent('She returned home soon after the revolution.')).toBe(true);
		expect(ownerlessEvent("After Ghana's independence in _____, he trained as an engineer in Paris.")).toBe(false);
		expect(ownerlessEvent('After independence from France in _____, he trained as an engineer.')).toBe(false);
		expect(ownerlessEvent('The Independence Day parade drew 2,000 people.')).toBe(false);
	});

	it('refuses a blanked year that alone says which thing a definite noun is', () => {
		expect(yearOnlyNames('Ruth Amadi is a curator who organised the _____ exhibition.', '2019')).toBe(true);
		expect(yearOnlyNames('She organised the _____ touring exhibition.', '2019')).toBe(true);
		expect(yearOnlyNames('Her club lost the _____ final.', '2016')).toBe(true);
		expect(yearOnlyNames('She organised the _____ exhibition of his drawings.', '2019')).toBe(false);
		expect(yearOnlyNames('Her club lost the _____ final against Rovers.', '2016')).toBe(false);
		expect(yearOnlyNames('He scored 31 goals in the _____ season.', '2016')).toBe(false);
		expect(yearOnlyNames('Her breakthrough came with a _____ exhibition in Accra.', '1971')).toBe(false);
		// a blank that is no year is asked of a thing the stem names otherwise
		expect(yearOnlyNames('She organised the _____ exhibition.', 'first')).toBe(false);
	});

	it('refuses a question about people that names one only by a role', () => {
		expect(unnamedPerson('Who said the sprinter would race twice more in Europe before the trials?')).toBe(true);
		expect(unnamedPerson('Who said the swimmer had been ill for a week?')).toBe(true);
		expect(unnamedPerson('Who said the minister had been told in March?')).toBe(true);
		expect(unnamedPerson('Who said the sprinter Kofi Mensah would race twice more?')).toBe(false);
		expect(unnamedPerson('Who said Mensah, the sprinter, would race twice more?')).toBe(false);
		expect(unnamedPerson('Who said the number of runners had doubled?')).toBe(false);
		expect(unnamedPerson('Who said the government would appeal?')).toBe(false);
	});

	it("refuses a study's group named by the label of its treatment", () => {
		expect(undefinedGroup('In the trial, growth in the combined group was _____mm over two years.')).toBe(true);
		expect(undefinedGroup('Pupils in the treatment arm read _____ more books.')).toBe(true);
		expect(undefinedGroup('Pupils in the combined group, who had both the app and the tutor, read _____ more books.')).toBe(false);
	});

	it('reads a quote that goes on from the sentence before, or has no verb, as half a thought', () => {
		expect(halfAThought('Then a great deal of cheering.')).toBe(true);
		expect(halfAThought('Then we started digging.')).toBe(true);
		expect(halfAThought('Which is why we came back.')).toBe(true);
		expect(halfAThought('Absolutely incredible.')).toBe(true);
		expect(halfAThought('We are thrilled with the result.')).toBe(false);
		expect(halfAThought('It was the best day of my working life.')).toBe(false);
		// a verb that a reading in context takes for a noun is still a verb
		expect(halfAThought('The stream rose by almost three metres in about 20 minutes.')).toBe(false);
	});

	it("writes a plural side's possessive for the team's name", () => {
		const sides = { home: 'Harwood Athletic', away: 'Oakfield United' };
		expect(nameSides("The visitors' manager, Ana Ruiz, made two changes.", sides)).toBe("Oakfield United's manager, Ana Ruiz, made two changes.");
		expect(nameSides('The hosts’ second goal came on 70 minutes.', { home: 'Harwood Rovers', away: 'Oakfield United' })).toBe('Harwood Rovers’ second goal came on 70 minutes.');
		expect(nameSides('The visitors made two changes.', sides)).toBe('Oakfield United made two changes.');
	});

	it('counts no noun after a number that a preposition follows', () => {
		const crowd = extractFacts('The goal sent most of a crowd of 18,204 into raptures.').find((f) => f.text === '18,204');
		expect(crowd?.noun).toBeUndefined();
		const fans = extractFacts('The goal sent 18,204 home fans into raptures.').find((f) => f.text === '18,204');
		expect(fans?.noun).toBe('home fans');
	});

	it('writes no item from a verbless quote, nor a stem spliced from a semicolon list', () => {
		const { quiz } = generateWithReport(parseArticleText(DIG), { seed: 1 });
		const stems = quiz.items.map((i) => i.stem);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.some((s) => /great deal of cheering/.test(s))).toBe(false);
		expect(stems.some((s) => /;\s(?:and|or)\s/.test(s))).toBe(false);
	});
});
