import type { Translation } from "../../translation.js";
import type { notificationsPlain as english } from "../en/notifications-plain.js";

/** اطلاعات اور ای میل کا انتخاب، سادہ انداز۔ */
export const notificationsPlain: Translation<typeof english> = {
  homeLink: "اطلاعات",
  homeUnread_one: "{{count}} نئی",
  homeUnread_other: "{{count}} نئی",
  title: "اطلاعات",
  lead: "جب آپ کے لیے یا جس شخص کی آپ مدد کرتے ہیں اس کے لیے کچھ بدلتا ہے تو ہم آپ کو یہاں بتاتے ہیں۔",
  none: "ابھی آپ کی کوئی اطلاع نہیں ہے۔ جب کچھ بدلے گا تو آپ اسے یہاں دیکھیں گے۔",
  newTag: "نئی",
  unreadCount_one: "آپ کی {{count}} نئی اطلاع ہے۔",
  unreadCount_other: "آپ کی {{count}} نئی اطلاعات ہیں۔",
  markAllRead: "سب کو پڑھا ہوا نشان زد کریں",
  markedRead: "آپ کی تمام اطلاعات پڑھی ہوئی نشان زد ہو گئی ہیں۔",
  markedReadTitle: "ہو گیا",
  at: "{{date}}",
  about: "{{name}} کے بارے میں",
  aboutYou: "آپ کے بارے میں",
  kinds: {
    ACTION_UPDATED: "جائزے میں طے پانے والے ایک کام کی تازہ کاری ہوئی ہے",
    ACTION_OVERDUE: "جائزے میں طے پانے والا ایک کام وقت سے پیچھے ہے",
    REVIEW_SCHEDULED: "ایک جائزے کا انتظام کیا گیا ہے",
    REPORT_SENT: "جائزے کی رپورٹ تیار ہے",
    DISCHARGE_CHANGED: "ہسپتال سے جانے کا منصوبہ بدل گیا ہے",
  },
  links: {
    ACTION_UPDATED: "کام دیکھیں",
    ACTION_OVERDUE: "کام دیکھیں",
    REVIEW_SCHEDULED: "دیکھیں آگے کیا ہو گا",
    REPORT_SENT: "کام اور رپورٹ دیکھیں",
    DISCHARGE_CHANGED: "ہسپتال سے جانے کا منصوبہ دیکھیں",
  },
  older: "پرانی اطلاعات",
  newer: "نئی اطلاعات",
  settingsLink: "چنیں کہ کون سی اطلاعات ای میل سے بھی آئیں",
  settings: {
    title: "اپنی ای میلز چنیں",
    lead: "یہ صفحہ سب کچھ دکھاتا ہے۔ آپ چن سکتے ہیں کہ ہم ان میں سے کون سی آپ کو ای میل بھی کریں۔",
    legend: "مجھے ای میل کریں جب",
    hint: "جو بھی لاگو ہوں سب چنیں۔",
    save: "میرے انتخاب محفوظ کریں",
    saved: "آپ کے انتخاب محفوظ ہو گئے ہیں۔",
    savedTitle: "محفوظ ہو گیا",
    back: "اطلاعات پر واپس جائیں",
  },
};
