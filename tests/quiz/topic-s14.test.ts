import { describe, expect, it } from 'vitest';
import { topiclessNoun, withTopics } from '../../src/lib/quiz/definites';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { filler, reportOf, written } from './report';

/** An article from a headline and paragraphs, padded past the word floor with `filler`, as the generator reads one. */
function article(title: string, paragraphs: string[]) {
	return parseArticleText(`${title}\n\n${[...paragraphs, ...filler].join('\n\n')}`);
}

const fever = article('Dengue cases in Ghana pass 30,000 as clinics run short of beds', [
	'Ghana has recorded more than 30,000 dengue infections this year, the health ministry said.',
	'Roughly 40% of the year’s cases have been reported from outside Accra.',
	'Ghana’s worst year was 2021, when more than 900 people died.'
]);
const measles = article('Four children dead in Eastmoor outbreak', [
	'Four children have died and 120 cases of measles have been confirmed in Eastmoor.',
	'According to the district office, 300 suspected cases have been reported since July.'
]);
const beaches = article('Harbourton’s ban on smoking at beaches and parks takes effect Monday', [
	'The ban covers every beach and park in the city.',
	'A first violation carries a $200 fine, rising to $400 for a second offense.'
]);
const festival = article('Summer music festival breaks its attendance record', [
	'Organisers said 120,000 passes were sold this year, up from 100,000.',
	'Tickets for the festival went on sale in March.'
]);
const duty = article('Government slaps anti-dumping duty on cheap stainless steel', [
	'The duty of up to $300 a tonne applies to flat-rolled stainless steel from three countries.',
	'Steel imports from China rose sharply last year, the trade ministry said.'
]);
const vote = article('Labour wins third term as majority shrinks', [
	'Labour obtained 160,000 votes against 130,000 for the Nationalists.'
]);

describe('a count whose topic only the headline or another sentence names (QUALITY.md R4)', () => {
	it('finds cases, a violation, passes and a worst year that say of what nowhere in the stem', () => {
		expect(topiclessNoun(fever, 'Roughly _____% of the year’s cases have been reported from outside Accra.')).toBe('cases');
		expect(topiclessNoun(fever, 'Ghana’s worst year was _____, when more than 900 people died.', (w) => w.replace(/’s$/, '') === 'Ghana')).toBe('worst year');
		expect(topiclessNoun(beaches, 'In Harbourton, a first violation carries a $_____ fine, rising to $400 for a second offense.', (w) => w === 'Harbourton')).toBe('violation');
		expect(topiclessNoun(festival, 'Organisers said _____ passes were sold this year, up from 100,000.')).toBe('passes');
		expect(topiclessNoun(duty, 'Imports from China were valued at roughly $_____ million last year.', (w) => w === 'China')).toBe('Imports');
		
	});

	it('lets a stem stand that says the topic, or whose noun is no count of a topic', () => {
		expect(topiclessNoun(fever, 'Ghana has recorded more than 30,000 dengue infections and _____ deaths this year.')).toBeUndefined();
		expect(topiclessNoun(measles, 'Four children have died and _____ cases of measles have been confirmed.')).toBeUndefined();
		expect(topiclessNoun(festival, 'Tickets for the festival went on sale in _____.')).toBeUndefined();
		expect(topiclessNoun(festival, 'More than 120,000 festival passes were sold in _____.')).toBeUndefined();
		expect(topiclessNoun(fever, 'Road deaths rose to _____ last year.')).toBeUndefined();
		expect(topiclessNoun(duty, 'Steel imports from China rose _____% last year.', (w) => w === 'China')).toBeUndefined();
		expect(topiclessNoun(fever, 'In most cases patients recover within _____ days.')).toBeUndefined();
		expect(topiclessNoun(fever, 'The bill passes to the senate in _____.')).toBeUndefined();
		expect(topiclessNoun(vote, 'Labour obtained _____ votes against 130,000 for the Nationalists.')).toBeUndefined();
	});

	it('writes in the topic the headline or the body gives the noun, and only then', () => {
		expect(withTopics(fever, 'Roughly _____% of the year’s cases have been reported from outside Accra.')).toBe('Roughly _____% of the year’s dengue cases have been reported from outside Accra.');
		expect(withTopics(measles, 'According to the district office, _____ suspected cases have been reported since July.')).toBe('According to the district office, _____ suspected cases of measles have been reported since July.');
		expect(withTopics(measles, 'Eastmoor had earlier reported a smaller outbreak in _____.')).toBe('Eastmoor had earlier reported a smaller outbreak in _____.');
		expect(withTopics(beaches, 'In Harbourton, a first violation carries a $_____ fine.')).toBe('In Harbourton, a first violation carries a $_____ fine.');
		expect(withTopics(fever, 'Ghana’s worst year was _____, when more than 900 people died.')).toBe('Ghana’s worst year was _____, when more than 900 people died.');
	});

	it('never writes in a name as the topic of a count ("votes of Labour")', () => {
		const invalid = article('Labour wins third term as majority shrinks', ['Some 4,210 votes were declared invalid.', 'Labour won 60,000 votes of Labour supporters in the south.']);
		expect(withTopics(invalid, 'Some _____ votes were declared invalid.')).toBe('Some _____ votes were declared invalid.');
	});
});

describe('the generator on such stems', () => {
	it('shows the year’s dengue cases, and refuses the worst year for what', () => {
		const stems = written(reportOf(fever.title, fever.paragraphs));
		expect(stems.some((s) => s.check === '' && s.stem.includes('of the year’s dengue cases'))).toBe(true);
		expect(stems.filter((s) => s.stem.includes('worst year')).every((s) => s.check === 'R4')).toBe(true);
	});

	it('refuses "the type" that only an of-phrase would name, not "in a layout" after it', () => {
		const order = article('Sierra Austral Airways orders 12 E195-E2s at Farnborough', [
			'Chilean carrier Sierra Austral Airways has placed a firm order for 12 Embraer E195-E2s, in a deal the manufacturer values at $900 million.',
			'The airline will configure the type in a two-class layout: 12 seats in a premium cabin and 120 in economy.'
		]);
		const stems = written(reportOf(order.title, order.paragraphs)).filter((s) => s.stem.includes('configure the type'));
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.every((s) => s.check === 'R4')).toBe(true);
	});
});
