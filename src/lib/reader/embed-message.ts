/** The `type` of the message an embed posts to its host with its height in CSS pixels (kept
 * apart from embed.ts so the browser script imports no Node module). */
export const HEIGHT_MESSAGE = 'diaspora-on-paper:height';
