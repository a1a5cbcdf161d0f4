import type { Translation } from "../../translation.js";
import type { notificationsPlain as english } from "../en/notifications-plain.js";

/** آسان انداز میں اطلاعات۔ */
export const notificationsEasyRead: Translation<typeof english> = {
  homeLink: "آپ کی خبریں",
  homeUnread_one: "{{count}} نئی",
  homeUnread_other: "{{count}} نئی",
  title: "آپ کی خبریں",
  lead: "جب کچھ بدلتا ہے تو ہم آپ کو یہاں بتاتے ہیں۔",
  none: "ابھی کوئی خبر نہیں ہے۔ آپ خبریں یہاں دیکھیں گے۔",
  newTag: "نئی",
  unreadCount_one: "آپ کی {{count}} نئی خبر ہے۔",
  unreadCount_other: "آپ کی {{count}} نئی خبریں ہیں۔",
  markAllRead: "میں نے یہ پڑھ لیا",
  markedRead: "ہم نے آپ کی خبروں کو پڑھا ہوا نشان زد کر دیا ہے۔",
  markedReadTitle: "ہو گیا",
  at: "{{date}}",
  about: "{{name}} کے بارے میں",
  aboutYou: "آپ کے بارے میں",
  kinds: {
    ACTION_UPDATED: "ایک کام کے بارے میں نئی خبر ہے",
    ACTION_OVERDUE: "ایک کام دیر سے ہے",
    REVIEW_SCHEDULED: "جائزے کی تاریخ طے ہو گئی ہے",
    REPORT_SENT: "آپ کے جائزے کی رپورٹ تیار ہے",
    DISCHARGE_CHANGED: "ہسپتال سے جانے کا آپ کا منصوبہ بدل گیا ہے",
  },
  links: {
    ACTION_UPDATED: "کام دیکھیں",
    ACTION_OVERDUE: "کام دیکھیں",
    REVIEW_SCHEDULED: "دیکھیں آگے کیا ہو گا",
    REPORT_SENT: "رپورٹ دیکھیں",
    DISCHARGE_CHANGED: "اپنا منصوبہ دیکھیں",
  },
  older: "پرانی خبریں",
  newer: "نئی خبریں",
  settingsLink: "چنیں کہ کون سی خبریں ای میل سے آئیں",
  settings: {
    title: "اپنی ای میلز چنیں",
    lead: "آپ یہاں اپنی سب خبریں دیکھتے ہیں۔ آپ چن سکتے ہیں کہ ہم کون سی خبریں ای میل کریں۔",
    legend: "مجھے ای میل کریں جب",
    hint: "جو آپ چاہیں ان پر نشان لگائیں۔",
    save: "محفوظ کریں",
    saved: "ہم نے آپ کے انتخاب محفوظ کر لیے۔",
    savedTitle: "محفوظ ہو گیا",
    back: "خبروں پر واپس جائیں",
  },
};
