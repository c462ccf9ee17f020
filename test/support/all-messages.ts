import { loadMessages, loadMoreMessages } from '../../src/i18n/localization.js';
import type { Messages } from '../../src/i18n/messages.js';

/** Every text of a language: those a booking needs and those of the rarer paths. */
export async function allMessagesOf(lang: string): Promise<Messages> {
  await loadMoreMessages(lang);
  return loadMessages(lang);
}
