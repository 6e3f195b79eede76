import { describe, expect, it } from 'vitest';
import { whichNames } from '../../src/lib/quiz/person-options';
import { itemsOf } from './report';

const title = 'Council approves solar farm despite objections from villagers';
const paragraphs = [
	'Plans for a 40-hectare solar farm near the village of Kettleby were approved by Melbury District Council on Tuesday, despite more than 200 objections from residents.',
	'Ashgrove Renewables, which is behind the scheme, said the site would power about 12,000 homes. "This is a good site with a strong grid connection and we have listened to local concerns," Ashgrove Renewables said in a statement.',
	'Its development director, Priya Kaur, told the meeting that the panels would be screened by new hedges. "We want to be good neighbours," she said.',
	'Residents\' spokesman Tom Ellery said the decision was a blow. "The council has ignored the people who live here," he said.',
	'Councillor Margaret Hughes, who chairs the planning committee, said the benefits outweighed the harm. "We have to find space for clean energy somewhere," she said.'
];

describe('g31m: a name the article refers to with "which" is a body, not a person', () => {
	it('never offers the developer as who said a quote, nor asks whose words its statement was', () => {
		const whoSaid = itemsOf(title, paragraphs).filter((i) => i.type === 'who-said');
		expect(whoSaid.length).toBeGreaterThan(0);
		expect(whoSaid.filter((i) => i.options.includes('Ashgrove Renewables'))).toEqual([]);
	});

	it('reads "which" only after a subject whose first word is no given name', () => {
		const person = (text: string) => ({ type: 'person', text });
		const sentences = [
			'Ashgrove Renewables, which is behind the scheme, said it would appeal.',
			'The findings came in a report by Okoro Adeyemi, which was published on Monday.',
			'Margaret Hughes, which surprised nobody, voted in favour.'
		];
		const facts = [[person('Ashgrove Renewables')], [person('Okoro Adeyemi')], [person('Margaret Hughes')]];
		expect([...whichNames(sentences, facts)]).toEqual(['Ashgrove Renewables']);
	});
});
