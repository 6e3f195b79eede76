import type { Page } from 'playwright-core';

/**
 * Sets saved quiz `quizId` as homework the way a teacher does, on `teacher`: opens /homework/new?quiz=…, picks
 * `mode`, fills the deadline `days` days from now (1 by default) in the browser's local time, as the
 * datetime-local field takes it, and submits. Leaves `teacher` on the homework's report and resolves to the
 * homework's code, read from the report. The quiz must be stored first (`storeQuiz` in `database.ts`).
 */
export async function setHomeworkByForm(
	teacher: Page,
	{ baseURL, quizId, mode, days = 1 }: { baseURL: string; quizId: string; mode: 'Timed' | 'Relaxed'; days?: number }
): Promise<string> {
	await teacher.goto(`${baseURL}/homework/new?quiz=${quizId}`);
	await teacher.getByLabel(new RegExp(mode)).check();
	const deadline = await teacher.evaluate((ms) => {
		const d = new Date(Date.now() + ms);
		return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
	}, days * 86_400_000);
	await teacher.getByLabel(/Deadline/).fill(deadline);
	await teacher.getByRole('button', { name: 'Set homework' }).click();
	await teacher.waitForURL(/\/report\/[\w-]+$/);
	return (await teacher.getByTestId('homework-code').textContent())!.trim();
}

/**
 * Joins homework `code` as a student on `page`, the way a student does: opens /h/{code}, types `nickname`, joins
 * and presses Start. Leaves `page` on the first question.
 */
export async function joinHomework(page: Page, { baseURL, code, nickname }: { baseURL: string; code: string; nickname: string }): Promise<void> {
	await page.goto(`${baseURL}/h/${code}`);
	await page.getByLabel(/Nickname/).fill(nickname);
	await page.getByRole('button', { name: 'Join' }).click();
	await page.getByRole('button', { name: 'Start' }).click();
}
