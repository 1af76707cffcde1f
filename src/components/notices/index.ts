/**
 * Notice letters to applicants: one per applicant, in the applicant's
 * language, printed or saved as a file (never sent). `<NoticesPanel>` is the
 * officer's control; load it lazily, it brings the applicant catalogs.
 */
export { NoticesPanel } from "./notices-disclosure";
export { NoticesPanelBody, type NoticesPanelProps } from "./notices-panel";
export { NoticeLetter, type NoticeLetterProps } from "./notice-letter";
export { noticesHtml, printNotices, saveNotices, type NoticeSubject } from "./print-notices";
export { effectiveSettings, loadNoticeSettings, noticeFromFiles, saveNoticeSettings, NOTICE_SETTINGS_KEY, type NoticeSettings } from "./notice-settings";
