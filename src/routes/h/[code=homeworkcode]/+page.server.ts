import { error } from '@sveltejs/kit';
import { getDatabase } from '$lib/server/db';
import { findHomework, isOpen, NO_SUCH_HOMEWORK } from '$lib/server/homework';
import { maskedHeadline } from '$lib/quiz/masked-headline';
import { hideItem } from '$lib/quiz/sealed';
import type { PageServerLoad } from './$types';

/**
 * Loads the homework `params.code` for a student: its quiz for play (id made unique to the
 * homework, so a saved game of it never mixes with solo play of the same quiz; items hidden by
 * `hideItem`, so the page's data holds no key, stem or option: the server hands each item out when
 * the student opens it, `openItem`, and times its answer from then), mode, deadline
 * (epoch ms), whether it is still open by the server's clock, and that clock (epoch ms), so the
 * page can tell the deadline by it. `maskedTitle` is the headline with the keys it prints blanked
 * (`maskedHeadline`); while the homework is open the quiz's and its article's `title` are that
 * masked headline too, as the headline often prints a key: the whole one comes with the answer post
 * of the student's last item (`recordAnswer`). The article's paragraphs are not sent (every key is in
 * them): each answer post hands back its item's paragraph (`articleContext`). 404 for an unknown code.
 */
export const load: PageServerLoad = ({ params }) => {
	const homework = findHomework(getDatabase(), params.code);
	if (!homework) error(404, NO_SUCH_HOMEWORK);
	const { quiz } = homework;
	const open = isOpen(homework);
	const maskedTitle = maskedHeadline(quiz);
	const title = open ? maskedTitle : quiz.title;
	return {
		code: homework.code,
		// Hidden: an item's stem comes when it is opened, its key with the answer post that hands it in.
		quiz: { id: `homework-${homework.code}`, title, article: { ...quiz.article, title, paragraphs: [] }, items: quiz.items.map(hideItem) },
		maskedTitle,
		mode: homework.mode,
		deadline: homework.deadline,
		open,
		serverNow: Date.now()
	};
};
