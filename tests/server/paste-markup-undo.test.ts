import { describe, expect, it } from 'vitest';

const { actions } = await import('../../src/routes/new/+page.server');

type Answer = { stage?: string; readAsHtml?: boolean; article?: { title: string; body: string } };

/** Sends `text` to the paste form's action as the page does, with its "Keep HTML tags as written" box ticked or not. */
function paste(text: string, keepTags = false): Promise<Answer> {
	const form = new FormData();
	form.set('text', text.replace(/\n/g, '\r\n'));
	if (keepTags) form.set('keep-tags', 'on');
	const request = new Request('http://localhost/new?/paste', { method: 'POST', body: form });
	return (actions.paste as unknown as (event: { request: Request }) => Promise<Answer>)({ request });
}

const calm =
	'Islanders had asked for an earlier boat for two years, and the council backed them in March after a survey of 640 households. ' +
	'The operator said fares would stay the same until the end of the year, and that the old timetable runs until the last day of April.';

const copied = [
	'Ferry <b>timetable</b> changes in May',
	'The <a href="/ferries">island ferry</a> will leave at <strong>seven</strong> each morning from 4 May, the operator said.',
	'Its <em>evening</em> crossing moves to nine, to suit the <i>workers</i> at the new harbour plant, and a <b>second</b> boat joins it on Fridays.',
	`${calm} The <em>timetable</em> is posted at both piers.`
].join('\n\n');

// a fresh user's paste read as markup lost a quoted tag silently; the teacher is now told, and can keep the tags
describe('a paste read as HTML on "Check the article"', () => {
	it('says its tags were removed when it read the paste as markup', async () => {
		const answer = await paste(copied);
		expect(answer).toMatchObject({ stage: 'article', readAsHtml: true });
		expect(answer.article!.body).toContain('The island ferry will leave at seven each morning');
	});

	it('keeps every tag as written when the box is ticked, and then says nothing was removed', async () => {
		const answer = await paste(copied, true);
		expect(answer).toMatchObject({ stage: 'article', readAsHtml: false });
		expect(answer.article!.title).toBe('Ferry <b>timetable</b> changes in May');
		expect(answer.article!.body).toContain('The <a href="/ferries">island ferry</a> will leave at <strong>seven</strong>');
	});

	it('says nothing of a paste read as plain text, quoted tags and all', async () => {
		const text = `Ferry app shows its code\n\nA passenger found that typing <u>late</u> in the app's chat underlined it.\n\nThe operator fixed the chat within a day.\n\n${calm}\n\nNo tickets were affected, it said.`;
		expect(await paste(text)).toMatchObject({ stage: 'article', readAsHtml: false });
	});
});
